#pragma once

#include "value.h"

#include <cstddef>
#include <cstdint>
#include <iterator>
#include <vector>

namespace awaitscope::py {

// CPython 3.11's hash() of a value: ints and floats modulo 2**61 - 1, str and bytes by SipHash-1-3 with the
// key PYTHONHASHSEED=0 gives, tuples by their xxHash-based fold, a frozenset by its own fold, None by the
// constant CPython 3.12 chose (3.11 hashes its address). Other objects hash by identity: a number their heap
// hands out the first time they are hashed, so that a run is the same each time (CPython's addresses are
// not). A class's own __hash__ is not asked here (Interpreter's hash() builtin does).
int64_t pythonHash(const Value &v);

// A set's hash table as CPython's setobject.c lays it out, so that a set iterates, prints and pops in
// CPython's order: 8 slots to begin, a probe of 10 neighbouring slots then a perturbed jump, a deleted key
// left as a dummy, the table grown when fill * 5 >= mask * 3. The operations that build one set from others
// (merge, intersection, difference ...) are those of setobject.c, step for step, as each leaves its own
// order.
class SetTable
{
public:
    struct Slot
    {
        int64_t hash = 0;
        Value key;
        enum State : uint8_t { Empty, Dummy, Active } state = Empty;
    };

    class const_iterator
    {
    public:
        using iterator_category = std::forward_iterator_tag;
        using value_type = Value;
        using difference_type = std::ptrdiff_t;
        using pointer = const Value *;
        using reference = const Value &;
        const_iterator(const Slot *at, const Slot *end)
            : m_at(at)
            , m_end(end)
        {
            skip();
        }
        const Value &operator*() const { return m_at->key; }
        const Slot &slot() const { return *m_at; }
        const_iterator &operator++()
        {
            ++m_at;
            skip();
            return *this;
        }
        bool operator!=(const const_iterator &o) const { return m_at != o.m_at; }
        bool operator==(const const_iterator &o) const { return m_at == o.m_at; }

    private:
        void skip()
        {
            while (m_at != m_end && m_at->state != Slot::Active)
                ++m_at;
        }
        const Slot *m_at;
        const Slot *m_end;
    };

    SetTable();
    int64_t size() const { return m_used; }
    const_iterator begin() const { return {m_slots.data(), m_slots.data() + m_slots.size()}; }
    const_iterator end() const
    {
        const Slot *e = m_slots.data() + m_slots.size();
        return {e, e};
    }
    // The set iterator's step: the first key in a slot at or after `position`, which moves past it; null at
    // the end. (A position, not a pointer, stays valid when the table grows meanwhile, as CPython's does.)
    const Value *nextKey(size_t &position) const;

    bool contains(const Value &key) const { return containsHashed(key, pythonHash(key)); }
    bool containsHashed(const Value &key, int64_t hash) const;
    // Every key of this table is in `other` (set_issubset; set equality when the sizes are equal).
    bool isSubsetOf(const SetTable &other) const;
    // Returns true if the key was new.
    bool addHashed(const Value &key, int64_t hash);
    // Returns true if the key was there.
    bool discardHashed(const Value &key, int64_t hash);
    void clear();
    // set.pop(): the first key from where the last pop stopped; false when empty.
    bool pop(Value *key);
    void swap(SetTable &other) noexcept;

    // set_merge: every key of `other` (a set or frozenset).
    void merge(const SetTable &other);
    // The one resize set_update_internal makes before adding a dict's `count` keys.
    void reserveForDict(int64_t count);
    // set_difference_update_internal for a set `other`, and the resize that removes dummies after any
    // difference update (also after one from an iterable, which discards key by key).
    void differenceUpdate(const SetTable &other);
    void purgeDummiesIfMany();
    // set_symmetric_difference_update for a set `other`.
    void symmetricDifferenceUpdate(const SetTable &other);
    // set_intersection of two sets and set_difference of a set by a set: the result's table.
    static SetTable intersection(const SetTable &a, const SetTable &b);
    static SetTable difference(const SetTable &a, const SetTable &b);

private:
    const Slot *find(const Value &key, int64_t hash) const;
    void resize(int64_t minUsed);
    static void insertClean(std::vector<Slot> &table, const Value &key, int64_t hash);
    std::vector<Slot> m_slots;
    int64_t m_fill = 0; // active and dummy slots
    int64_t m_used = 0; // active slots
    size_t m_finger = 0;
};

} // namespace awaitscope::py
