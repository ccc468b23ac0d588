#include "value.h"

#include "objects.h"

namespace awaitscope::py {

Value::Value(Object *o) : m_tag(Tag::Obj), m_o(o)
{
    ++o->refs;
}

Value::Value(const Value &o) : m_tag(o.m_tag), m_i(o.m_i)
{
    if (m_tag == Tag::Obj)
        ++m_o->refs;
}

Value &Value::operator=(const Value &o)
{
    if (o.m_tag == Tag::Obj)
        ++o.m_o->refs;
    Value old(std::move(*this));
    m_tag = o.m_tag;
    m_i = o.m_i;
    return *this;
}

Value &Value::operator=(Value &&o) noexcept
{
    if (this != &o) {
        Value old(std::move(*this));
        m_tag = o.m_tag;
        m_i = o.m_i;
        o.m_tag = Tag::None;
    }
    return *this;
}

Value::~Value()
{
    if (m_tag == Tag::Obj && --m_o->refs == 0)
        delete m_o;
}

bool Value::identical(const Value &o) const
{
    if (m_tag != o.m_tag)
        return false;
    if (m_tag == Tag::Float)
        return m_f == o.m_f || (m_f != m_f && o.m_f != o.m_f);
    return m_i == o.m_i;
}

} // namespace awaitscope::py
