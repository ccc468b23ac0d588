#include "value.h"

#include "objects.h"

#include <vector>

namespace awaitscope::py {

namespace {
// Objects are freed iteratively: freeing a deeply nested list must not recurse once per level.
thread_local bool t_freeing = false;
thread_local std::vector<Object *> t_toFree;

void freeObject(Object *o)
{
    if (t_freeing) {
        t_toFree.push_back(o);
        return;
    }
    t_freeing = true;
    delete o;
    while (!t_toFree.empty()) {
        Object *next = t_toFree.back();
        t_toFree.pop_back();
        delete next;
    }
    t_freeing = false;
}
} // namespace

Value::Value(Object *o)
    : m_tag(Tag::Obj)
    , m_o(o)
{
    ++o->refs;
}

void Value::retain()
{
    ++m_o->refs;
}

void Value::release()
{
    if (--m_o->refs == 0)
        freeObject(m_o);
}

Value &Value::assignObject(const Value &o)
{
    // o is read before *this lets go of its object: `v = v` (and `v = something v alone keeps alive`) must
    // keep the value, not leave None behind.
    const Tag tag = o.m_tag;
    const uint16_t subclass = o.m_subclass;
    const auto bits = o.m_i;
    if (tag == Tag::Obj)
        ++o.m_o->refs;
    Value old(std::move(*this));
    m_tag = tag;
    m_subclass = subclass;
    m_i = bits;
    return *this;
}

Value &Value::moveAssignObject(Value &&o) noexcept
{
    if (this != &o) {
        Value old(std::move(*this));
        take(o);
    }
    return *this;
}

bool Value::identical(const Value &o) const
{
    if (m_tag != o.m_tag)
        return false;
    if (m_tag == Tag::Float)
        return m_f == o.m_f || (m_f != m_f && o.m_f != o.m_f);
    return m_i == o.m_i && m_subclass == o.m_subclass;
}

} // namespace awaitscope::py
