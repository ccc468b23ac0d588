#include "objects.h"

#include <atomic>

#include "bigint.h"
#include "bytesobject.h"

#include <algorithm>
#include <array>
#include <cmath>

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define AWAITSCOPE_HAS_ASAN 1
#endif
#endif
#ifndef AWAITSCOPE_HAS_ASAN
#define AWAITSCOPE_HAS_ASAN 0
#endif
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__) || AWAITSCOPE_HAS_ASAN
// Part of the sanitizer runtime's public interface (sanitizer/allocator_interface.h, which GCC does not
// install); declared here so the sanitizer builds need no compiler-specific header.
extern "C" size_t __sanitizer_get_current_allocated_bytes();
#else
#include <malloc.h>
#endif

namespace awaitscope::py {

namespace {
thread_local Heap *t_currentHeap = nullptr;
// Deeply nested tuples must not overflow the C++ stack in hashing or comparison.
thread_local int t_depth = 0;
constexpr int maxDepth = 500;
struct DepthScope
{
    DepthScope() { ++t_depth; }
    ~DepthScope() { --t_depth; }
};
} // namespace

Object::Object(ObjKind k)
    : kind(k)
{
    if (Heap *h = Heap::current()) {
        h->charge(0); // throws (before linking) when the memory limit is already exceeded
        h->link(this);
    }
}

Object::~Object()
{
    if (m_heap) {
        if (identityHashed)
            m_heap->forgetIdentityHash(this);
        m_heap->unlink(this);
    }
}

int64_t Object::identityHash()
{
    if (m_heap)
        return m_heap->identityHash(this);
    // Not on a heap (outside a run): the address, rotated as CPython's _Py_HashPointer does.
    const auto p = uint64_t(quintptr(this));
    const int64_t h = int64_t((p >> 4) | (p << 60));
    return h == -1 ? -2 : h;
}

int64_t Heap::identityHash(Object *o)
{
    if (o->identityHashed)
        return m_identityHashes.at(o);
    o->identityHashed = true;
    const int64_t h = m_nextIdentityHash++;
    m_identityHashes.emplace(o, h);
    return h;
}

Heap::Heap() = default;

Heap::~Heap()
{
    clearAll();
    // Objects still alive now are owned by someone outside the heap; detach them.
    for (Object *o = m_head; o;) {
        Object *n = o->m_next;
        o->m_heap = nullptr;
        o->m_prev = o->m_next = nullptr;
        o = n;
    }
    if (t_currentHeap == this)
        t_currentHeap = m_previous;
}

Heap *Heap::current()
{
    return t_currentHeap;
}

Heap *Heap::exchangeCurrent(Heap *heap)
{
    return std::exchange(t_currentHeap, heap);
}

void Heap::makeCurrent()
{
    if (t_currentHeap != this) {
        m_previous = t_currentHeap;
        t_currentHeap = this;
    }
}

void Heap::link(Object *o)
{
    o->m_heap = this;
    o->m_next = m_head;
    if (m_head)
        m_head->m_prev = o;
    m_head = o;
    ++m_live;
    ++m_cells;
}

void Heap::unlink(Object *o)
{
    if (o->m_prev)
        o->m_prev->m_next = o->m_next;
    else
        m_head = o->m_next;
    if (o->m_next)
        o->m_next->m_prev = o->m_prev;
    o->m_heap = nullptr;
    --m_live;
    --m_cells;
}

namespace {

// Bytes the process has allocated and not yet freed, from the allocator in use (glibc's, or the address or
// thread sanitizer's, which replace it).
int64_t allocatedBytes()
{
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__) || AWAITSCOPE_HAS_ASAN
    return int64_t(__sanitizer_get_current_allocated_bytes());
#else
    const struct mallinfo2 info = mallinfo2();
    return int64_t(info.uordblks + info.hblkhd);
#endif
}

} // namespace

void Heap::setMemoryLimit(int64_t bytes)
{
    m_byteLimit = std::max<int64_t>(0, bytes);
    m_baseline = allocatedBytes();
    m_budget = 0; // measured at the first work
}

int64_t Heap::memoryInUse() const
{
    return std::max<int64_t>(0, allocatedBytes() - m_baseline);
}

void Heap::checkMemory(int64_t expected)
{
    const int64_t inUse = memoryInUse();
    const int64_t left = m_byteLimit - inUse - std::clamp<int64_t>(expected, 0, kMaxBytes);
    m_budget = std::max(left, kMinCells * kBytesPerCell);
    if (left < 0 && onLimit)
        onLimit();
}

std::vector<Object *> Heap::objects() const
{
    std::vector<Object *> all;
    for (Object *o = m_head; o; o = o->m_next)
        all.push_back(o);
    return all;
}

void Heap::clearAll()
{
    const int64_t saved = m_byteLimit;
    m_byteLimit = 0;
    std::vector<Value> all;
    all.reserve(size_t(m_live));
    for (Object *o = m_head; o; o = o->m_next)
        all.emplace_back(o);
    for (Value &v : all)
        v.obj()->clearRefs();
    all.clear();
    m_byteLimit = saved;
}

// ---- hashing ----

size_t ValueHash::operator()(const Value &v) const
{
    return size_t(pythonHash(v));
}

namespace {

uint64_t rotateLeft(uint64_t x, int bits)
{
    return (x << bits) | (x >> (64 - bits));
}

// SipHash-1-3 with the key 0 (CPython 3.11's string hash under PYTHONHASHSEED=0): one compression round per
// 8 bytes read little-endian, the length in the last word's top byte, three finishing rounds.
uint64_t sipHash13(const uint8_t *in, size_t size)
{
    uint64_t v0 = 0x736f6d6570736575ULL, v1 = 0x646f72616e646f6dULL;
    uint64_t v2 = 0x6c7967656e657261ULL, v3 = 0x7465646279746573ULL;
    auto round = [&] {
        v0 += v1;
        v2 += v3;
        v1 = rotateLeft(v1, 13) ^ v0;
        v3 = rotateLeft(v3, 16) ^ v2;
        v0 = rotateLeft(v0, 32);
        v2 += v1;
        v0 += v3;
        v1 = rotateLeft(v1, 17) ^ v2;
        v3 = rotateLeft(v3, 21) ^ v0;
        v2 = rotateLeft(v2, 32);
    };
    auto word = [](const uint8_t *p, size_t n) {
        uint64_t w = 0;
        for (size_t i = 0; i < n; ++i)
            w |= uint64_t(p[i]) << (8 * i);
        return w;
    };
    const uint64_t last = uint64_t(size) << 56;
    for (; size >= 8; in += 8, size -= 8) {
        const uint64_t m = word(in, 8);
        v3 ^= m;
        round();
        v0 ^= m;
    }
    const uint64_t b = last | word(in, size);
    v3 ^= b;
    round();
    v0 ^= b;
    v2 ^= 0xff;
    round();
    round();
    round();
    return v0 ^ v1 ^ v2 ^ v3;
}

int64_t notMinusOne(int64_t h)
{
    return h == -1 ? -2 : h;
}

// A tuple's hash (CPython 3.11's tuplehash, after xxHash): each item's hash a lane, multiplied, rotated and
// multiplied into the accumulator (which starts at kTupleSeed), the length folded in last.
constexpr uint64_t kTupleSeed = 2870177450012600261ULL; // _PyHASH_XXPRIME_5

uint64_t tupleFold(uint64_t acc, uint64_t lane)
{
    return rotateLeft(acc + lane * 14029467366897019727ULL, 31) * 11400714785074694791ULL;
}

int64_t tupleFinish(uint64_t acc, size_t length)
{
    acc += uint64_t(length) ^ (kTupleSeed ^ 3527539ULL);
    return acc == uint64_t(-1) ? int64_t(1546275796) : int64_t(acc);
}

// Tuples nested a hundred thousand deep hash as in CPython, so the nesting is walked with a stack of its own
// instead of the C++ one.
int64_t tupleHash(const TupleObject *root)
{
    struct Level
    {
        const TupleObject *tuple;
        size_t next;
        uint64_t acc;
    };
    std::vector<Level> open{{root, 0, kTupleSeed}};
    while (true) {
        Level &top = open.back();
        if (top.next == top.tuple->items.size()) {
            const int64_t done = tupleFinish(top.acc, top.tuple->items.size());
            open.pop_back();
            if (open.empty())
                return done;
            Level &outer = open.back();
            outer.acc = tupleFold(outer.acc, uint64_t(done));
            ++outer.next;
            continue;
        }
        const Value &item = top.tuple->items[top.next];
        if (const auto *inner = item.as<TupleObject>()) {
            open.push_back({inner, 0, kTupleSeed});
            continue;
        }
        top.acc = tupleFold(top.acc, uint64_t(pythonHash(item)));
        ++top.next;
    }
}

// CPython's range_hash: hash((len, start, step)), with None for what a shorter range does not need.
int64_t rangeHash(const RangeObject *r)
{
    const int64_t n = r->length();
    const Value parts[] = {Value::fromInt(n), n > 0 ? Value::fromInt(r->start) : Value(),
                           n > 1 ? Value::fromInt(r->step) : Value()};
    uint64_t acc = kTupleSeed;
    for (const Value &part : parts)
        acc = tupleFold(acc, uint64_t(pythonHash(part)));
    return tupleFinish(acc, std::size(parts));
}

int64_t pythonBytesHash(const char *data, size_t size)
{
    if (size == 0)
        return 0;
    return notMinusOne(int64_t(sipHash13(reinterpret_cast<const uint8_t *>(data), size)));
}

// A str is hashed in CPython's representation of it: a byte per character when all are below 256, two
// bytes when all are below 65536, four otherwise. The common cases read the QString's UTF-16 without a copy
// of the whole string.
int64_t pythonStrHash(const QString &s)
{
    if (s.isEmpty())
        return 0;
    const char16_t *units = reinterpret_cast<const char16_t *>(s.utf16());
    const auto n = size_t(s.size());
    char16_t widest = 0;
    bool surrogates = false;
    for (size_t i = 0; i < n; ++i) {
        widest = std::max(widest, units[i]);
        surrogates = surrogates || QChar::isSurrogate(units[i]);
    }
    if (widest < 0x100) {
        std::array<uint8_t, 256> small{};
        std::vector<uint8_t> large;
        if (n > small.size())
            large.resize(n);
        uint8_t *latin1 = n > small.size() ? large.data() : small.data();
        for (size_t i = 0; i < n; ++i)
            latin1[i] = uint8_t(units[i]);
        return notMinusOne(int64_t(sipHash13(latin1, n)));
    }
    if (!surrogates && Q_BYTE_ORDER == Q_LITTLE_ENDIAN) // two bytes each, as the UTF-16 already holds them
        return notMinusOne(int64_t(sipHash13(reinterpret_cast<const uint8_t *>(units), 2 * n)));
    // Code points: a pair of surrogates is one above 65535, a lone one stays as it is (CPython keeps it).
    std::vector<char32_t> codes;
    codes.reserve(n);
    for (size_t i = 0; i < n; ++i) {
        if (QChar::isHighSurrogate(units[i]) && i + 1 < n && QChar::isLowSurrogate(units[i + 1])) {
            codes.push_back(QChar::surrogateToUcs4(units[i], units[i + 1]));
            ++i;
        } else {
            codes.push_back(units[i]);
        }
    }
    const int width = *std::max_element(codes.begin(), codes.end()) < 0x10000 ? 2 : 4;
    std::vector<uint8_t> bytes;
    bytes.reserve(codes.size() * size_t(width));
    for (const char32_t c : codes)
        for (int i = 0; i < width; ++i)
            bytes.push_back(uint8_t(c >> (8 * i)));
    return notMinusOne(int64_t(sipHash13(bytes.data(), bytes.size())));
}

} // namespace

int64_t pythonHash(const Value &v)
{
    switch (v.tag()) {
    case Value::Tag::None:
        return 0xFCA86420; // CPython 3.12's hash(None); 3.11 hashes None's address
    case Value::Tag::Bool:
    case Value::Tag::Int:
        return pythonIntHash(v);
    case Value::Tag::Float:
        return pythonFloatHash(v.asFloat());
    case Value::Tag::Obj:
        break;
    }
    Object *o = v.obj();
    switch (o->kind) {
    case ObjKind::Str:
        return pythonStrHash(static_cast<StrObject *>(o)->value);
    case ObjKind::BigInt:
        return pythonIntHash(v);
    case ObjKind::Bytes: {
        const QByteArray &data = static_cast<BytesObject *>(o)->data;
        return pythonBytesHash(data.constData(), size_t(data.size()));
    }
    case ObjKind::Tuple:
        return tupleHash(static_cast<TupleObject *>(o));
    case ObjKind::Range:
        return rangeHash(static_cast<RangeObject *>(o));
    case ObjKind::Set:
        if (static_cast<SetObject *>(o)->frozen)
            return int64_t(static_cast<SetObject *>(o)->frozenHash);
        break;
    default:
        break;
    }
    return o->identityHash();
}

namespace {

bool isSequence(const Object *o)
{
    return o->kind == ObjKind::List || o->kind == ObjKind::Tuple;
}

const std::vector<Value> &sequenceItems(const Object *o)
{
    return o->kind == ObjKind::List ? static_cast<const ListObject *>(o)->items
                                    : static_cast<const TupleObject *>(o)->items;
}

// Item by item; lists and tuples inside are compared with a stack of their own, so that a tuple nested a
// hundred thousand deep (a dict key) compares as in CPython instead of overflowing the C++ stack.
bool sequencesEqual(const Object *x, const Object *y)
{
    struct Pair
    {
        const std::vector<Value> *left;
        const std::vector<Value> *right;
        size_t next;
    };
    std::vector<Pair> open;
    auto enter = [&open](const Object *a, const Object *b) {
        const auto &l = sequenceItems(a);
        const auto &r = sequenceItems(b);
        if (l.size() != r.size())
            return false;
        open.push_back({&l, &r, 0});
        return true;
    };
    if (!enter(x, y))
        return false;
    while (!open.empty()) {
        Pair &top = open.back();
        if (top.next == top.left->size()) {
            open.pop_back();
            continue;
        }
        const Value &a = (*top.left)[top.next];
        const Value &b = (*top.right)[top.next];
        ++top.next;
        const Object *p = a.obj();
        const Object *q = b.obj();
        if (p && q && p != q && p->kind == q->kind && isSequence(p)) {
            if (!enter(p, q))
                return false;
        } else if (!valuesEqual(a, b)) {
            return false;
        }
    }
    return true;
}

} // namespace

bool valuesEqual(const Value &a, const Value &b)
{
    if (a.isIntLike() && b.isIntLike())
        return a.asInt() == b.asInt();
    if (a.isFloat() && b.isFloat())
        return a.asFloat() == b.asFloat();
    const bool na = a.isNumber() || isBigInt(a), nb = b.isNumber() || isBigInt(b);
    if (na && nb) {
        // exact, as in CPython: 2**53 + 1 != 2.0**53
        if (a.isFloat())
            return !std::isnan(a.asFloat()) && intCompareDouble(b, a.asFloat()) == 0;
        if (b.isFloat())
            return !std::isnan(b.asFloat()) && intCompareDouble(a, b.asFloat()) == 0;
        return intCompare(a, b) == 0;
    }
    if (a.tag() != b.tag())
        return false;
    if (!a.isObj())
        return true; // None == None
    Object *x = a.obj(), *y = b.obj();
    if (x == y)
        return true;
    if (x->kind != y->kind)
        return false;
    DepthScope depth;
    if (t_depth > maxDepth)
        return false;
    switch (x->kind) {
    case ObjKind::Str:
        return static_cast<StrObject *>(x)->value == static_cast<StrObject *>(y)->value;
    case ObjKind::Bytes:
        return static_cast<BytesObject *>(x)->data == static_cast<BytesObject *>(y)->data;
    case ObjKind::List:
    case ObjKind::Tuple:
        return sequencesEqual(x, y);
    case ObjKind::Dict: {
        const auto &l = static_cast<DictObject *>(x)->table;
        const auto &r = static_cast<DictObject *>(y)->table;
        if (l.size() != r.size())
            return false;
        for (const auto &e : l.entries()) {
            if (!e.live)
                continue;
            const Value *other = r.find(e.key);
            if (!other || !valuesEqual(e.value, *other))
                return false;
        }
        return true;
    }
    case ObjKind::Set: {
        const auto &l = static_cast<SetObject *>(x)->table;
        const auto &r = static_cast<SetObject *>(y)->table;
        return l.size() == r.size() && l.isSubsetOf(r);
    }
    case ObjKind::Range: {
        // as CPython's range_equals: the same items (range(0) == range(2, 1), range(1, 2) == range(1, 3, 5))
        auto *p = static_cast<RangeObject *>(x);
        auto *q = static_cast<RangeObject *>(y);
        const int64_t n = p->length();
        return n == q->length() && (n == 0 || (p->start == q->start && (n == 1 || p->step == q->step)));
    }
    default:
        return false;
    }
}

bool ValueEq::operator()(const Value &a, const Value &b) const
{
    return valuesEqual(a, b);
}

bool isHashable(const Value &v)
{
    if (!v.isObj())
        return true;
    switch (v.obj()->kind) {
    case ObjKind::List:
    case ObjKind::Dict:
        return false;
    case ObjKind::Set:
        return static_cast<SetObject *>(v.obj())->frozen;
    case ObjKind::Bytes:
        return !static_cast<BytesObject *>(v.obj())->mutableArray;
    case ObjKind::Tuple: {
        // Every item of every nested tuple, without recursion (as tupleHash).
        std::vector<const TupleObject *> pending{v.as<TupleObject>()};
        while (!pending.empty()) {
            const TupleObject *t = pending.back();
            pending.pop_back();
            for (const Value &e : t->items) {
                if (const auto *inner = e.as<TupleObject>())
                    pending.push_back(inner);
                else if (!isHashable(e))
                    return false;
            }
        }
        return true;
    }
    case ObjKind::Instance: {
        // `__hash__ = None` in the class (a dataclass with eq) makes its instances unhashable
        const Value *h = v.as<InstanceObject>()->klass()->lookup(QStringLiteral("__hash__"));
        return !h || !h->isNone();
    }
    default:
        return true;
    }
}

// ---- OrderedTable ----

const Value *OrderedTable::find(const Value &key) const
{
    auto it = m_index.find(key);
    return it == m_index.end() ? nullptr : &m_entries[it->second].value;
}

bool OrderedTable::insert(const Value &key, const Value &value)
{
    auto it = m_index.find(key);
    if (it != m_index.end()) {
        m_entries[it->second].value = value;
        return false;
    }
    m_index.emplace(key, m_entries.size());
    m_entries.push_back(Entry{key, value, true});
    ++m_version;
    return true;
}

bool OrderedTable::remove(const Value &key, Value *removedValue)
{
    auto it = m_index.find(key);
    if (it == m_index.end())
        return false;
    Entry &e = m_entries[it->second];
    if (removedValue)
        *removedValue = e.value;
    m_index.erase(it);
    e.live = false;
    e.key = Value();
    e.value = Value();
    ++m_dead;
    ++m_version;
    if (m_dead > 16 && m_dead > m_entries.size() / 2)
        compact();
    return true;
}

bool OrderedTable::popLast(Value *key, Value *value)
{
    while (!m_entries.empty() && !m_entries.back().live) {
        m_entries.pop_back();
        --m_dead;
    }
    if (m_entries.empty())
        return false;
    *key = m_entries.back().key;
    *value = m_entries.back().value;
    m_index.erase(*key);
    m_entries.pop_back();
    ++m_version;
    return true;
}

void OrderedTable::compact()
{
    std::vector<Entry> live;
    live.reserve(m_index.size());
    for (auto &e : m_entries)
        if (e.live)
            live.push_back(std::move(e));
    m_entries = std::move(live);
    m_index.clear();
    for (size_t i = 0; i < m_entries.size(); ++i)
        m_index.emplace(m_entries[i].key, i);
    m_dead = 0;
}

void OrderedTable::clear()
{
    // Move out first: destroying values may run destructors that touch this table again.
    std::vector<Entry> old;
    old.swap(m_entries);
    m_index.clear();
    m_dead = 0;
    ++m_version;
}

// ---- attributes ----

const AttrMap::Item *AttrMap::findItem(const QString &key) const
{
    if (m_index) {
        const auto it = m_index->constFind(key);
        return it == m_index->constEnd() ? nullptr : &m_items[*it];
    }
    // A program's names share one string per identifier (the lexer's): the same text is first looked for.
    const QChar *const text = key.constData();
    const qsizetype size = key.size();
    for (const Item &item : m_items)
        if (item.first.constData() == text && item.first.size() == size)
            return &item;
    for (const Item &item : m_items)
        if (item.first == key)
            return &item;
    return nullptr;
}

AttrMap::const_iterator AttrMap::constFind(const QString &key) const
{
    const Item *item = findItem(key);
    return item ? const_iterator(m_items.cbegin() + (item - m_items.data())) : cend();
}

uint64_t AttrMap::newShape()
{
    static std::atomic<uint64_t> next{1};
    return next.fetch_add(1, std::memory_order_relaxed);
}

void AttrMap::insert(const QString &key, Value value)
{
    if (const Item *item = findItem(key)) {
        m_items[size_t(item - m_items.data())].second = std::move(value);
        return;
    }
    m_shape = newShape();
    m_items.emplace_back(key, std::move(value));
    if (m_index)
        m_index->insert(key, m_items.size() - 1);
    else if (m_items.size() >= kIndexFrom)
        reindex();
}

bool AttrMap::remove(const QString &key)
{
    const Item *item = findItem(key);
    if (!item)
        return false;
    m_shape = newShape();
    m_items.erase(m_items.begin() + (item - m_items.data()));
    if (m_index)
        reindex();
    return true;
}

void AttrMap::clear()
{
    // Moved out first: dropping a value may run code that looks at this map again.
    std::vector<Item> items;
    items.swap(m_items);
    m_index.reset();
    m_shape = newShape();
}

void AttrMap::reindex()
{
    if (m_items.size() < kIndexFrom) {
        m_index.reset();
        return;
    }
    m_index = std::make_unique<QHash<QString, size_t>>();
    m_index->reserve(qsizetype(m_items.size()));
    for (size_t i = 0; i < m_items.size(); ++i)
        m_index->insert(m_items[i].first, i);
}

// ---- containers ----

ListObject::ListObject(std::vector<Value> v)
    : Object(ObjKind::List)
    , items(std::move(v))
{
    if (Heap *h = Heap::current())
        h->charge(int64_t(items.size()));
}

ListObject::~ListObject()
{
    if (Heap *h = Heap::current())
        h->release(int64_t(items.size()));
}

void ListObject::append(Value v)
{
    if (Heap *h = Heap::current())
        h->charge(1);
    items.push_back(std::move(v));
}

TupleObject::TupleObject(std::vector<Value> v)
    : Object(ObjKind::Tuple)
    , items(std::move(v))
{
    if (Heap *h = Heap::current())
        h->charge(int64_t(items.size()));
}

TupleObject::~TupleObject()
{
    if (Heap *h = Heap::current())
        h->release(int64_t(items.size()));
}

DictObject::~DictObject()
{
    if (Heap *h = Heap::current())
        h->release(table.size());
}

void DictObject::set(const Value &k, const Value &v)
{
    if (table.insert(k, v))
        if (Heap *h = Heap::current())
            h->charge(1);
}

SetObject::~SetObject()
{
    if (Heap *h = Heap::current())
        h->release(m_charged);
}

void SetObject::settle()
{
    if (table.size() > m_charged) {
        if (Heap *h = Heap::current())
            h->charge(table.size() - m_charged);
        m_charged = table.size();
    }
}

void SetObject::freeze()
{
    // As CPython's frozenset_hash: each key's hash shuffled, folded with xor (so the order does not matter),
    // then the size mixed in and the bits spread.
    auto shuffle = [](uint64_t h) { return ((h ^ 89869747ULL) ^ (h << 16)) * 3644798167ULL; };
    uint64_t hash = 0;
    for (auto it = table.begin(); it != table.end(); ++it)
        hash ^= shuffle(uint64_t(it.slot().hash));
    hash ^= (uint64_t(table.size()) + 1) * 1927868237ULL;
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash * 69069U + 907133923ULL;
    if (hash == uint64_t(-1))
        hash = 590923713ULL;
    frozenHash = size_t(hash);
    frozen = true;
}

void SetObject::add(const Value &k, int64_t hash)
{
    if (table.addHashed(k, hash) && table.size() > m_charged) {
        if (Heap *h = Heap::current())
            h->charge(1);
        ++m_charged;
    }
}

// ---- classes ----

ClassObject::ClassObject(QString n, std::vector<Value> b)
    : Object(ObjKind::Class)
    , name(std::move(n))
    , bases(std::move(b))
{
    for (const Value &base : bases)
        if (auto *c = base.as<ClassObject>(); c && c->isException)
            isException = true;
}

bool ClassObject::isSubclassOf(const ClassObject *other) const
{
    if (this == other)
        return true;
    for (const Value &b : bases)
        if (b.as<ClassObject>()->isSubclassOf(other))
            return true;
    return false;
}

const Value *ClassObject::lookup(const QString &n) const
{
    auto it = attrs.constFind(n);
    if (it != attrs.constEnd())
        return &it.value();
    for (const Value &b : bases)
        if (const Value *v = b.as<ClassObject>()->lookup(n))
            return v;
    return nullptr;
}

ClassObject *InstanceObject::klass() const
{
    return cls.as<ClassObject>();
}

int64_t RangeObject::length() const
{
    if (step > 0 && start < stop)
        return (stop - start - 1) / step + 1;
    if (step < 0 && start > stop)
        return (start - stop - 1) / (-step) + 1;
    return 0;
}

} // namespace awaitscope::py

namespace awaitscope::py {

QString FunctionObject::name() const
{
    auto it = attrs.constFind(QStringLiteral("__name__"));
    if (it != attrs.constEnd() && isKind(it.value(), ObjKind::Str))
        return strOf(it.value());
    return info->name;
}

Value FunctionObject::docstring() const
{
    return docstringOf(info->body.get());
}

Value docstringOf(const Node *body)
{
    if (body && (body->kind == NodeKind::Block || body->kind == NodeKind::Module) && !body->kids.empty()) {
        Node *first = body->kids[0].get();
        if (first->kind == NodeKind::ExprStmt && !first->kids.empty() &&
            first->kids[0]->kind == NodeKind::StrLit && first->kids[0]->ival == 0)
            return makeStr(first->kids[0]->str);
    }
    return Value();
}

const Value *ModuleObject::attr(const QString &key) const
{
    if (auto *scope = globals.as<ScopeObject>()) {
        auto it = scope->vars.constFind(key);
        return it == scope->vars.constEnd() ? nullptr : &it.value();
    }
    auto it = attrs.constFind(key);
    return it == attrs.constEnd() ? nullptr : &it.value();
}

} // namespace awaitscope::py
