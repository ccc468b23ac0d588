#pragma once

// bytes and bytearray: one object kind holding a QByteArray, with a flag for the mutable bytearray (they
// compare equal, concatenate and search each other as in CPython). The operations of operations.cpp call the
// functions below for this kind; the methods and the two classes are installed by Interpreter::installBytes.
#include "objects.h"

#include <QByteArray>

namespace awaitscope::py {

class Interpreter;

class BytesObject : public Object
{
public:
    static constexpr ObjKind Kind = ObjKind::Bytes;
    BytesObject(QByteArray bytes, bool isByteArray)
        : Object(ObjKind::Bytes)
        , data(std::move(bytes))
        , mutableArray(isByteArray)
    {
        if (data.size() > 4096)
            if (Heap *h = Heap::current())
                h->charge(data.size() / 16);
    }
    QByteArray data;
    const bool mutableArray; // bytearray
};

inline Value makeBytes(QByteArray b, bool isByteArray = false)
{
    return Value(new BytesObject(std::move(b), isByteArray));
}
inline const QByteArray &bytesOf(const Value &v)
{
    return v.as<BytesObject>()->data;
}

// b'...' as CPython prints it (bytearray(b'...') for a bytearray).
QString bytesRepr(const QByteArray &b, bool isByteArray);

// The operations of operations.cpp for bytes and bytearray.
bool bytesContains(Interpreter &in, const Value &container, const Value &item);
// nullopt-like: returns false when the operation is not one of bytes' (the caller raises its TypeError).
bool bytesBinaryOp(Interpreter &in, Op op, bool inplace, const Value &a, const Value &b, Value &out);
Value bytesGetItem(Interpreter &in, const Value &obj, const Value &index);
void bytesSetItem(Interpreter &in, const Value &obj, const Value &index, const Value &v);
void bytesDelItem(Interpreter &in, const Value &obj, const Value &index);
Value bytesIter(const Value &v);

} // namespace awaitscope::py
