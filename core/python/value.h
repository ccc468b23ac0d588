#pragma once

#include <QString>

#include <cstdint>
#include <utility>

namespace awaitscope::py {

class Object;
class Heap;

// A Python value: small immediates (None, bool, int, float) inline, everything else a reference-counted
// heap object. Copying is a refcount increment; the interpreter is single-threaded.
class Value
{
public:
    enum class Tag : uint8_t { None, Bool, Int, Float, Obj };

    Value()
        : m_tag(Tag::None)
        , m_i(0)
    {
    }
    static Value fromBool(bool b)
    {
        Value v;
        v.m_tag = Tag::Bool;
        v.m_i = b ? 1 : 0;
        return v;
    }
    static Value fromInt(int64_t i)
    {
        Value v;
        v.m_tag = Tag::Int;
        v.m_i = i;
        return v;
    }
    // An int of a native int subclass (an IntEnum member): `subclass` is that class's number
    // (Interpreter::nativeSubclassNumber), which typeOf() and the operations that ask the class read.
    static Value fromInt(int64_t i, uint16_t subclass)
    {
        Value v = fromInt(i);
        v.m_subclass = subclass;
        return v;
    }
    static Value fromFloat(double f)
    {
        Value v;
        v.m_tag = Tag::Float;
        v.m_f = f;
        return v;
    }
    explicit Value(Object *o); // takes a new reference (o may be freshly allocated)
    // Copies and ends of immediates stay inline; only an object's count is a call.
    Value(const Value &o)
        : m_tag(o.m_tag)
        , m_subclass(o.m_subclass)
        , m_i(o.m_i)
    {
        if (m_tag == Tag::Obj)
            retain();
    }
    Value(Value &&o) noexcept
        : m_tag(Tag::None)
        , m_i(0)
    {
        take(o);
    }
    Value &operator=(const Value &o)
    {
        if (m_tag != Tag::Obj && o.m_tag != Tag::Obj) {
            m_tag = o.m_tag;
            m_subclass = o.m_subclass;
            m_i = o.m_i;
            return *this;
        }
        return assignObject(o);
    }
    Value &operator=(Value &&o) noexcept
    {
        if (m_tag != Tag::Obj && this != &o) {
            take(o);
            return *this;
        }
        return moveAssignObject(std::move(o));
    }
    ~Value()
    {
        if (m_tag == Tag::Obj)
            release();
    }

    Tag tag() const { return m_tag; }
    bool isNone() const { return m_tag == Tag::None; }
    bool isBool() const { return m_tag == Tag::Bool; }
    bool isInt() const { return m_tag == Tag::Int; }
    bool isFloat() const { return m_tag == Tag::Float; }
    bool isObj() const { return m_tag == Tag::Obj; }
    // int-like: int or bool (bool is a subclass of int in Python)
    bool isIntLike() const { return m_tag == Tag::Int || m_tag == Tag::Bool; }
    bool isNumber() const { return m_tag == Tag::Int || m_tag == Tag::Bool || m_tag == Tag::Float; }
    // The number of the native int subclass this int is of (fromInt); 0 for int itself and other values.
    uint16_t intSubclass() const { return m_subclass; }
    // An int as int itself: a bool or an int of a subclass (an IntEnum member) becomes a plain int, as
    // int.__index__ and round() give it; other values are themselves.
    Value plainInt() const { return m_tag == Tag::Bool || m_subclass ? fromInt(m_i) : *this; }

    bool asBool() const { return m_i != 0; }
    int64_t asInt() const { return m_i; }
    double asFloat() const { return m_f; }
    double toDouble() const { return m_tag == Tag::Float ? m_f : double(m_i); }
    Object *obj() const { return m_tag == Tag::Obj ? m_o : nullptr; }
    template<typename T> T *as() const;
    bool identical(const Value &o) const;

private:
    void take(Value &o) // o's value, leaving o None (this holds no object)
    {
        m_tag = o.m_tag;
        m_subclass = o.m_subclass;
        m_i = o.m_i;
        o.m_tag = Tag::None;
        o.m_subclass = 0;
    }
    void retain();
    void release();
    Value &assignObject(const Value &o);
    Value &moveAssignObject(Value &&o) noexcept;
    Tag m_tag;
    uint16_t m_subclass = 0; // in what would otherwise be padding: a Value stays 16 bytes
    union {
        int64_t m_i;
        double m_f;
        Object *m_o;
    };
};

} // namespace awaitscope::py
