#pragma once

#include "ast.h"
#include "settable.h"
#include "value.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <unordered_map>
#include <vector>

namespace awaitscope::py {

class Interpreter;
class TupleObject;

enum class ObjKind : uint8_t {
    Str,
    List,
    Tuple,
    Dict,
    Set,
    Class,
    Instance,
    Function,
    Builtin,
    BoundMethod,
    Module,
    Range,
    Iterator,
    Coroutine,
    Generator,
    Scope,
    Slice,
    Native,
    BigInt, // an int beyond 64 bits (bigint.h)
    Bytes   // bytes and bytearray (bytesobject.h)
};

// Every heap object is linked into its Heap so that reference cycles (a recursive function stored in the
// globals it closes over, an exception holding its traceback frames ...) can be broken when a run ends.
class Object
{
public:
    explicit Object(ObjKind kind);
    virtual ~Object();
    Object(const Object &) = delete;
    Object &operator=(const Object &) = delete;

    // Drops references to other objects (used only when tearing a heap down).
    virtual void clearRefs() {}

    const ObjKind kind;
    // Its heap keeps an identity hash for it (identityHash); in what would otherwise be padding.
    bool identityHashed = false;
    // A str of a native str subclass (a StrEnum member): that class's number
    // (Interpreter::nativeSubclassNumber), kept in what would otherwise be padding so that a str stays as
    // small; 0 for other objects.
    uint16_t strSubclass = 0;
    int refs = 0;

    // The hash of an object compared by identity: a number its heap hands out the first time it is asked
    // (CPython hashes the address, which changes from run to run; this does not).
    int64_t identityHash();

private:
    friend class Heap;
    Heap *m_heap = nullptr;
    Object *m_prev = nullptr;
    Object *m_next = nullptr;
};

// Owns the bookkeeping of all objects of one interpreter run; `current()` is the heap new objects join.
class Heap
{
public:
    Heap();
    ~Heap();
    static Heap *current();
    void makeCurrent();
    // Sets this thread's current heap (a worker thread of the same run joins the run's heap); returns the one
    // it replaced.
    static Heap *exchangeCurrent(Heap *heap);
    void link(Object *o);
    void unlink(Object *o);
    // Breaks every cycle so that all objects are freed once the interpreter drops its roots.
    void clearAll();
    int64_t liveObjects() const { return m_live; }
    std::vector<Object *> objects() const; // every live object, oldest first
    // The identity hash of one of its objects (Object::identityHash): the next number the first time.
    int64_t identityHash(Object *o);
    void forgetIdentityHash(const Object *o) { m_identityHashes.erase(o); }
    // Memory accounting. "Cells" (objects + container elements) are counted as they come and go; the memory
    // limit is in bytes, measured from the allocator, so strings, containers, instances and everything the
    // runtime keeps all count. A measurement walks the allocator's free lists (its cost grows with the heap),
    // so it is taken only when what may have been allocated since the last one could pass the limit, counting
    // kBytesPerCell for each cell of work and the bytes announced by expect(): far below the limit that is
    // rare, close to it every kMinCells cells.
    static constexpr int64_t kBytesPerCell = 1024;
    static constexpr int64_t kMinCells = 4096;
    void charge(int64_t cells)
    {
        m_cells += cells;
        work(cells > 0 ? cells : 1);
    }
    // Work that allocates without making objects (a long iteration in C++): brings the next measurement
    // closer.
    void work(int64_t cells)
    {
        spend(cells < kMaxBytes / kBytesPerCell ? cells * kBytesPerCell : kMaxBytes, 0);
    }
    void release(int64_t cells) { m_cells -= cells; }
    int64_t cells() const { return m_cells; }
    // The limit counts bytes allocated from now on (0 = none).
    void setMemoryLimit(int64_t bytes);
    int64_t memoryLimit() const { return m_byteLimit; }
    // Bytes the run has allocated since the limit was set (measured now).
    int64_t memoryInUse() const;
    // Calls onLimit when what is in use plus `bytes` about to be allocated passes the limit.
    void expect(int64_t bytes) { spend(bytes < kMaxBytes ? bytes : kMaxBytes, bytes); }
    std::function<void()> onLimit; // called when the memory limit is exceeded (throws)

private:
    Object *m_head = nullptr;
    int64_t m_live = 0;
    int64_t m_cells = 0;
    // Bytes that may still be allocated before the next measurement.
    int64_t m_budget = 0;
    static constexpr int64_t kMaxBytes = int64_t(1) << 62;
    void spend(int64_t bytes, int64_t expected)
    {
        if (m_byteLimit <= 0)
            return;
        m_budget -= bytes;
        if (m_budget < 0)
            checkMemory(expected);
    }
    int64_t m_byteLimit = 0;
    int64_t m_baseline = 0; // bytes allocated when the limit was set
    void checkMemory(int64_t expected);
    Heap *m_previous = nullptr;
    std::unordered_map<const Object *, int64_t> m_identityHashes;
    int64_t m_nextIdentityHash = 1;
};

// Hash and equality for dictionary keys (the value types allowed as keys in the subset).
// pythonHash (settable.h), for the C++ containers keyed by values.
struct ValueHash
{
    size_t operator()(const Value &v) const;
};
struct ValueEq
{
    bool operator()(const Value &a, const Value &b) const;
};
bool valuesEqual(const Value &a, const Value &b); // Python ==, for builtin types and identity otherwise
bool isHashable(const Value &v);

// Insertion-ordered hash table of a dict (a set's is SetTable, in CPython's hash order).
class OrderedTable
{
public:
    struct Entry
    {
        Value key;
        Value value;
        bool live = true;
    };
    const Value *find(const Value &key) const;
    bool contains(const Value &key) const { return find(key) != nullptr; }
    // Returns true if the key was new.
    bool insert(const Value &key, const Value &value);
    bool remove(const Value &key, Value *removedValue = nullptr);
    void clear();
    int64_t size() const { return int64_t(m_index.size()); }
    // Iteration over live entries: for (auto &e : entries()) if (e.live) ...
    const std::vector<Entry> &entries() const { return m_entries; }
    std::vector<Entry> &entries() { return m_entries; }
    bool popLast(Value *key, Value *value);
    uint64_t version() const { return m_version; } // changes when keys are added or removed

private:
    void compact();
    std::vector<Entry> m_entries;
    std::unordered_map<Value, size_t, ValueHash, ValueEq> m_index;
    size_t m_dead = 0;
    uint64_t m_version = 0;
};

// An instance's attributes, in the order they were first set (as a CPython instance's __dict__ keeps them).
// Most instances have a handful, so they sit in one small vector searched in order; an index is built once
// there are many. (A QHash allocates room for dozens of entries at its first insert: two kilobytes for an
// instance with one attribute.)
class AttrMap
{
public:
    using Item = std::pair<QString, Value>;
    class const_iterator
    {
    public:
        explicit const_iterator(std::vector<Item>::const_iterator it)
            : m_it(it)
        {
        }
        const QString &key() const { return m_it->first; }
        const Value &value() const { return m_it->second; }
        const_iterator &operator++()
        {
            ++m_it;
            return *this;
        }
        bool operator==(const const_iterator &o) const { return m_it == o.m_it; }
        bool operator!=(const const_iterator &o) const { return m_it != o.m_it; }

    private:
        std::vector<Item>::const_iterator m_it;
    };

    AttrMap()
        : m_shape(newShape())
    {
    }
    AttrMap(AttrMap &&other) noexcept
        : m_items(std::move(other.m_items))
        , m_index(std::move(other.m_index))
        , m_shape(std::exchange(other.m_shape, newShape()))
    {
    }
    AttrMap &operator=(AttrMap &&other) noexcept
    {
        m_items = std::move(other.m_items);
        m_index = std::move(other.m_index);
        m_shape = std::exchange(other.m_shape, newShape());
        return *this;
    }
    void insert(const QString &key, Value value);
    // findItem through a Name node's slot: no search while the map's names are the ones the slot saw.
    const Value *findCached(const QString &key, NameSlot &slot) const
    {
        if (slot.shape != m_shape) {
            const Item *item = findItem(key);
            slot.shape = m_shape;
            slot.index = item ? item - m_items.data() : -1;
        }
        return slot.index < 0 ? nullptr : &m_items[size_t(slot.index)].second;
    }
    // insert through a slot: an existing name's value is replaced without a search.
    void insertCached(const QString &key, Value value, NameSlot &slot)
    {
        if (slot.shape == m_shape && slot.index >= 0) {
            m_items[size_t(slot.index)].second = std::move(value);
            return;
        }
        insert(key, std::move(value));
        slot.shape = m_shape;
        slot.index = findItem(key) - m_items.data();
    }
    Value value(const QString &key) const
    {
        const Item *item = findItem(key);
        return item ? item->second : Value();
    }
    bool contains(const QString &key) const { return findItem(key) != nullptr; }
    bool remove(const QString &key);
    void clear();
    void reserve(size_t count) { m_items.reserve(count); }
    qsizetype size() const { return qsizetype(m_items.size()); }
    bool isEmpty() const { return m_items.empty(); }
    const_iterator constFind(const QString &key) const;
    const_iterator cbegin() const { return const_iterator(m_items.cbegin()); }
    const_iterator cend() const { return const_iterator(m_items.cend()); }
    const_iterator constEnd() const { return cend(); }

private:
    static constexpr size_t kIndexFrom = 12;
    const Item *findItem(const QString &key) const;
    void reindex();
    static uint64_t newShape();
    std::vector<Item> m_items;
    std::unique_ptr<QHash<QString, size_t>> m_index; // only with kIndexFrom items or more
    // Which names are where: a number no other map had, new whenever a name is added or removed.
    uint64_t m_shape;
};

class StrObject : public Object
{
public:
    static constexpr ObjKind Kind = ObjKind::Str;
    explicit StrObject(QString s)
        : Object(ObjKind::Str)
        , value(std::move(s))
    {
        // A long string is a lot of memory in one object: it brings the next measurement closer.
        if (value.size() > 4096)
            if (Heap *h = Heap::current())
                h->charge(value.size() / 16);
    }
    const QString value;
};

class ListObject : public Object
{
public:
    static constexpr ObjKind Kind = ObjKind::List;
    ListObject()
        : Object(ObjKind::List)
    {
    }
    explicit ListObject(std::vector<Value> v);
    ~ListObject() override;
    void clearRefs() override { items.clear(); }
    void append(Value v);
    std::vector<Value> items;
};

class TupleObject : public Object
{
public:
    static constexpr ObjKind Kind = ObjKind::Tuple;
    explicit TupleObject(std::vector<Value> v);
    ~TupleObject() override;
    void clearRefs() override
    {
        items.clear();
        subclass = Value();
    }
    std::vector<Value> items;
    // A native tuple subclass of a standard module (a namedtuple class); None for a plain tuple.
    Value subclass;
};

class DictObject : public Object
{
public:
    static constexpr ObjKind Kind = ObjKind::Dict;
    DictObject()
        : Object(ObjKind::Dict)
    {
    }
    ~DictObject() override;
    void clearRefs() override
    {
        table.clear();
        subclass = Value();
        state = Value();
    }
    void set(const Value &k, const Value &v);
    OrderedTable table;
    // A native dict subclass of a standard module (defaultdict, Counter, OrderedDict); None for a plain
    // dict. `state` is that subclass's own value (defaultdict's default_factory).
    Value subclass;
    Value state;
};

class SetObject : public Object
{
public:
    static constexpr ObjKind Kind = ObjKind::Set;
    SetObject()
        : Object(ObjKind::Set)
    {
    }
    ~SetObject() override;
    void clearRefs() override { table.clear(); }
    void add(const Value &k) { add(k, pythonHash(k)); }
    void add(const Value &k, int64_t hash);
    // Counts keys the table gained by other means (a merge, an update) for the memory limit.
    void settle();
    // Makes it a frozenset: no more changes, and a hash (CPython's frozenset_hash of its keys' hashes, folded
    // in any order, computed once here, so a frozenset nested a million deep hashes without recursion).
    void freeze();
    SetTable table;
    bool frozen = false;
    size_t frozenHash = 0;

private:
    int64_t m_charged = 0; // keys counted for the memory limit
};

// A variable namespace: function locals, a comprehension's variables, a class body or module globals.
class ScopeObject : public Object
{
public:
    static constexpr ObjKind Kind = ObjKind::Scope;
    explicit ScopeObject(Value parent = Value())
        : Object(ObjKind::Scope)
        , parent(std::move(parent))
    {
    }
    void clearRefs() override
    {
        vars.clear();
        parent = Value();
    }
    AttrMap vars; // in the order the names were first bound, as CPython's dicts of names keep them
    Value parent; // enclosing function scope (closures); None at module level
};

class ClassObject : public Object
{
public:
    static constexpr ObjKind Kind = ObjKind::Class;
    ClassObject(QString name, std::vector<Value> bases);
    void clearRefs() override
    {
        attrs.clear();
        bases.clear();
        constructor = nullptr; // a module's closures may hold the class itself (typing.TypeVar)
        meta = Value();
        onSubclass = nullptr;
        onBodyAssign = nullptr;
    }
    QString name;
    std::vector<Value> bases;
    QHash<QString, Value> attrs;
    bool isBuiltin = false;
    ObjKind builtinKind = ObjKind::Instance; // for builtin types: the object kind (or Str/... immediates)
    int builtinTag = -1;                     // for int/float/bool/NoneType: the Value::Tag
    bool isException = false;                // BaseException or a subclass
    // Creates instances of a builtin class (asyncio.Semaphore(2) ...); null for plain Python classes.
    std::function<Value(Interpreter &, const Value &cls, std::vector<Value> &,
                        std::vector<std::pair<QString, Value>> &)>
        constructor;

    // The class of this class for the operations on the class itself (iteration, len, `in`, calls,
    // subscripts, repr, type()): enum's EnumType. Inherited by subclasses; None for plain classes.
    Value meta;
    // Run on each new subclass once its body has run, with the names the body assigned in order (enum turns
    // them into members). Inherited by subclasses.
    std::function<void(Interpreter &, const Value &cls, const QStringList &order)> onSubclass;
    // Run when the body of a new subclass assigns `v` to `name`, with the names the body has bound so far;
    // what it returns is stored (enum's auto() becomes its value there, as in CPython's _EnumDict).
    // Inherited by subclasses.
    std::function<Value(Interpreter &, const Value &cls, const ScopeObject &body, const QString &name,
                        const Value &v)>
        onBodyAssign;

    // Its number once its instances are ints or strs (enum's IntEnum and StrEnum classes), which those carry
    // (Value::intSubclass, Object::strSubclass); 0 otherwise.
    uint16_t nativeSubclassNumber = 0;

    // The names the class body annotates (`x: int = 0`), in order: dataclasses' fields.
    QStringList annotated;
    // It or a base has a data descriptor (an attribute whose class defines __set__ or __delete__, such as a
    // property): an instance's attribute lookups and assignments ask the class first.
    bool dataDescriptors = false;
    // A sequence pattern of `match` takes its instances as sequences (deque), as CPython's
    // Py_TPFLAGS_SEQUENCE; inherited. list, tuple and range are told by their object kind.
    bool matchesAsSequence = false;

    bool isSubclassOf(const ClassObject *other) const;
    const Value *lookup(const QString &name) const; // along the bases (depth-first, like a simple MRO)
};

struct TraceEntry
{
    QString function;
    int line = 0;
    const SourceFile *file = nullptr; // nullptr = the program itself
};

class InstanceObject : public Object
{
public:
    static constexpr ObjKind Kind = ObjKind::Instance;
    explicit InstanceObject(Value cls)
        : Object(ObjKind::Instance)
        , cls(std::move(cls))
    {
    }
    void clearRefs() override
    {
        attrs.clear();
        args = Value();
        cause = Value();
        context = Value();
        payload.reset();
    }
    ClassObject *klass() const;
    Value cls;
    AttrMap attrs;
    // Exception state (only used when the class is an exception class)
    Value args; // tuple
    std::vector<TraceEntry> traceback;
    Value cause;
    Value context;
    bool suppressContext = false;
    bool raised = false; // it has been raised (a traceback is printed for it, even with no frames)
    // The frame the traceback's last entry is for, while that frame handles it (a try statement there
    // caught it): going on from there (a bare raise, a finally) adds no second entry, as CPython's RERAISE.
    const void *tracedIn = nullptr;
    // Native state for builtin classes implemented in C++ (Semaphore, Queue, Task ...).
    std::shared_ptr<void> payload;
};

class FunctionObject : public Object
{
public:
    static constexpr ObjKind Kind = ObjKind::Function;
    FunctionObject()
        : Object(ObjKind::Function)
    {
    }
    void clearRefs() override
    {
        defaults.clear();
        kwDefaults.clear();
        closure = Value();
        globals = Value();
        attrs.clear();
    }
    std::shared_ptr<FunctionInfo> info;
    std::vector<Value> defaults; // for info->positional, aligned to the end
    QHash<QString, Value> kwDefaults;
    Value closure; // ScopeObject of the defining function, or None
    Value globals; // ScopeObject
    QString qualname;
    QHash<QString, Value> attrs;
    QString name() const; // __name__: the def's name unless assigned (functools.wraps)
    Value docstring() const;
};

struct CallArgs
{
    std::vector<Value> pos;
    std::vector<std::pair<QString, Value>> kw;
};

class BuiltinObject : public Object
{
public:
    static constexpr ObjKind Kind = ObjKind::Builtin;
    using Fn = std::function<Value(Interpreter &, const Value &self, CallArgs &)>;
    BuiltinObject(QString name, Fn fn, Value self = Value())
        : Object(ObjKind::Builtin)
        , name(std::move(name))
        , fn(std::move(fn))
        , self(std::move(self))
    {
    }
    void clearRefs() override
    {
        self = Value();
        owner = Value();
        fn = nullptr; // its captures may hold objects that hold this builtin
    }
    QString name;
    Fn fn;
    Value self; // bound receiver for methods of builtin types; None for plain functions
    // A method stored on a class: called unbound (Class.method(obj, ...)), the first argument becomes self.
    bool isMethod = false;
    // Read unbound from a class (Class.method): the class that defines it, whose instances alone it applies
    // to, as a C method descriptor of CPython's checks (native methods cast self's payload to their type).
    Value owner;
};

class BoundMethodObject : public Object
{
public:
    static constexpr ObjKind Kind = ObjKind::BoundMethod;
    BoundMethodObject(Value self, Value function)
        : Object(ObjKind::BoundMethod)
        , self(std::move(self))
        , function(std::move(function))
    {
    }
    void clearRefs() override
    {
        self = Value();
        function = Value();
    }
    Value self;
    Value function;
};

class ModuleObject : public Object
{
public:
    static constexpr ObjKind Kind = ObjKind::Module;
    explicit ModuleObject(QString name)
        : Object(ObjKind::Module)
        , name(std::move(name))
    {
    }
    void clearRefs() override
    {
        attrs.clear();
        globals = Value();
    }
    QString name;
    QHash<QString, Value> attrs; // a built-in module's contents
    // A module of the program's own: its global namespace (a ScopeObject, read and written live), where it
    // was read from, and whether it is a package (a folder with __init__.py).
    Value globals;
    QString file;
    bool isPackage = false;
    // The attribute `key`, or nullptr.
    const Value *attr(const QString &key) const;
};

class RangeObject : public Object
{
public:
    static constexpr ObjKind Kind = ObjKind::Range;
    RangeObject(int64_t a, int64_t b, int64_t s)
        : Object(ObjKind::Range)
        , start(a)
        , stop(b)
        , step(s)
    {
    }
    int64_t length() const;
    int64_t start, stop, step;
};

class SliceObject : public Object
{
public:
    static constexpr ObjKind Kind = ObjKind::Slice;
    SliceObject(Value a, Value b, Value c)
        : Object(ObjKind::Slice)
        , lower(a)
        , upper(b)
        , step(c)
    {
    }
    void clearRefs() override { lower = upper = step = Value(); }
    Value lower, upper, step;
};

class IteratorObject : public Object
{
public:
    static constexpr ObjKind Kind = ObjKind::Iterator;
    using Next = std::function<bool(Interpreter &, Value &out)>;
    IteratorObject(QString typeName, Next next, Value keep = Value())
        : Object(ObjKind::Iterator)
        , typeName(std::move(typeName))
        , next(std::move(next))
        , keep(std::move(keep))
    {
    }
    void clearRefs() override
    {
        next = nullptr;
        keep = Value();
    }
    QString typeName; // "list_iterator", "zip", "map" ...
    Next next;
    Value keep; // keeps the iterated object alive
};

template<typename T> T *Value::as() const
{
    return m_tag == Tag::Obj && m_o->kind == T::Kind ? static_cast<T *>(m_o) : nullptr;
}

inline Value makeStr(QString s)
{
    return Value(new StrObject(std::move(s)));
}
// The docstring of a module's or a function's body (a Block whose first statement is a plain string), or
// None.
Value docstringOf(const Node *body);

inline Value makeList(std::vector<Value> v = {})
{
    return Value(new ListObject(std::move(v)));
}
inline Value makeTuple(std::vector<Value> v = {})
{
    return Value(new TupleObject(std::move(v)));
}
inline bool isKind(const Value &v, ObjKind k)
{
    return v.isObj() && v.obj()->kind == k;
}
inline const QString &strOf(const Value &v)
{
    return v.as<StrObject>()->value;
}

} // namespace awaitscope::py
