#include "settable.h"

#include "objects.h"

#include <utility>

namespace awaitscope::py {

namespace {

constexpr size_t kMinSize = 8;      // PySet_MINSIZE
constexpr size_t kLinearProbes = 9; // LINEAR_PROBES: the slots after the first that are tried in a row
constexpr int kPerturbShift = 5;

} // namespace

SetTable::SetTable()
    : m_slots(kMinSize)
{
}

// Where `key` is, or the empty slot that ends its probe sequence (set_lookkey). A dummy's hash is -1, which
// no key has, so only active slots are compared.
const SetTable::Slot *SetTable::find(const Value &key, int64_t hash) const
{
    const size_t mask = m_slots.size() - 1;
    size_t perturb = size_t(hash);
    size_t i = size_t(hash) & mask;
    const ValueEq equal;
    while (true) {
        const Slot *slot = &m_slots[i];
        const size_t probes = i + kLinearProbes <= mask ? kLinearProbes : 0;
        for (size_t n = 0; n <= probes; ++n, ++slot) {
            if (slot->state == Slot::Empty)
                return slot;
            if (slot->state == Slot::Active && slot->hash == hash && equal(slot->key, key))
                return slot;
        }
        perturb >>= kPerturbShift;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

bool SetTable::containsHashed(const Value &key, int64_t hash) const
{
    return find(key, hash)->state == Slot::Active;
}

bool SetTable::isSubsetOf(const SetTable &other) const
{
    for (const Slot &s : m_slots)
        if (s.state == Slot::Active && !other.containsHashed(s.key, s.hash))
            return false;
    return true;
}

const Value *SetTable::nextKey(size_t &position) const
{
    while (position < m_slots.size() && m_slots[position].state != Slot::Active)
        ++position;
    return position < m_slots.size() ? &m_slots[position++].key : nullptr;
}

// set_add_entry: the probe ends at an empty slot; the key goes into the last dummy passed on the way if
// there was one (the fill does not grow then), else into that empty slot, after which the table may grow.
bool SetTable::addHashed(const Value &key, int64_t hash)
{
    const size_t mask = m_slots.size() - 1;
    size_t perturb = size_t(hash);
    size_t i = size_t(hash) & mask;
    const ValueEq equal;
    Slot *freeSlot = nullptr;
    Slot *slot = nullptr;
    while (!slot) {
        Slot *probe = &m_slots[i];
        const size_t probes = i + kLinearProbes <= mask ? kLinearProbes : 0;
        for (size_t n = 0; n <= probes; ++n, ++probe) {
            if (probe->state == Slot::Empty) {
                slot = probe;
                break;
            }
            if (probe->state == Slot::Active) {
                if (probe->hash == hash && equal(probe->key, key))
                    return false;
            } else {
                freeSlot = probe;
            }
        }
        perturb >>= kPerturbShift;
        i = (i * 5 + 1 + perturb) & mask;
    }
    ++m_used;
    if (freeSlot) {
        *freeSlot = Slot{hash, key, Slot::Active};
        return true;
    }
    *slot = Slot{hash, key, Slot::Active};
    ++m_fill;
    if (size_t(m_fill) * 5 >= mask * 3)
        resize(m_used > 50000 ? m_used * 2 : m_used * 4);
    return true;
}

bool SetTable::discardHashed(const Value &key, int64_t hash)
{
    auto *slot = const_cast<Slot *>(find(key, hash));
    if (slot->state != Slot::Active)
        return false;
    *slot = Slot{-1, Value(), Slot::Dummy};
    --m_used;
    return true;
}

void SetTable::clear()
{
    if (m_fill == 0 && m_slots.size() == kMinSize)
        return;
    std::vector<Slot> old(kMinSize);
    old.swap(m_slots); // the keys go after the table is empty (a key's destructor may reach the set)
    m_fill = 0;
    m_used = 0;
}

bool SetTable::pop(Value *key)
{
    if (m_used == 0)
        return false;
    const size_t mask = m_slots.size() - 1;
    size_t i = m_finger & mask;
    while (m_slots[i].state != Slot::Active)
        i = (i + 1) & mask;
    *key = std::move(m_slots[i].key);
    m_slots[i] = Slot{-1, Value(), Slot::Dummy};
    --m_used;
    m_finger = i + 1;
    return true;
}

void SetTable::swap(SetTable &other) noexcept
{
    m_slots.swap(other.m_slots);
    std::swap(m_fill, other.m_fill);
    std::swap(m_used, other.m_used);
}

void SetTable::insertClean(std::vector<Slot> &table, const Value &key, int64_t hash)
{
    const size_t mask = table.size() - 1;
    size_t perturb = size_t(hash);
    size_t i = size_t(hash) & mask;
    while (true) {
        const size_t probes = i + kLinearProbes <= mask ? kLinearProbes : 0;
        for (size_t n = 0; n <= probes; ++n)
            if (table[i + n].state == Slot::Empty) {
                table[i + n] = Slot{hash, key, Slot::Active};
                return;
            }
        perturb >>= kPerturbShift;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

// set_table_resize: the smallest power of two above minUsed (at least 8); the active keys move over in
// table order, the dummies are left behind. An 8-slot table without dummies stays as it is.
void SetTable::resize(int64_t minUsed)
{
    size_t size = kMinSize;
    while (size <= size_t(minUsed))
        size <<= 1;
    if (size == kMinSize && m_slots.size() == kMinSize && m_fill == m_used)
        return;
    std::vector<Slot> old(size);
    old.swap(m_slots);
    for (Slot &s : old)
        if (s.state == Slot::Active)
            insertClean(m_slots, s.key, s.hash);
    m_fill = m_used;
}

void SetTable::merge(const SetTable &other)
{
    if (&other == this || other.m_used == 0)
        return;
    if (size_t(m_fill + other.m_used) * 5 >= (m_slots.size() - 1) * 3)
        resize((m_used + other.m_used) * 2);
    if (m_fill == 0 && m_slots.size() == other.m_slots.size() && other.m_fill == other.m_used) {
        m_slots = other.m_slots; // the same table: copied slot for slot
        m_fill = m_used = other.m_used;
        return;
    }
    if (m_fill == 0) {
        for (const Slot &s : other.m_slots)
            if (s.state == Slot::Active)
                insertClean(m_slots, s.key, s.hash);
        m_fill = m_used = other.m_used;
        return;
    }
    for (const Slot &s : other.m_slots)
        if (s.state == Slot::Active)
            addHashed(s.key, s.hash);
}

void SetTable::reserveForDict(int64_t count)
{
    if (size_t(m_fill + count) * 5 >= (m_slots.size() - 1) * 3)
        resize((m_used + count) * 2);
}

void SetTable::purgeDummiesIfMany()
{
    if (size_t(m_fill - m_used) <= (m_slots.size() - 1) / 4)
        return;
    resize(m_used > 50000 ? m_used * 2 : m_used * 4);
}

void SetTable::differenceUpdate(const SetTable &other)
{
    if (&other == this) {
        clear();
        return;
    }
    // When the other set is more than 8 times larger, its intersection with this one is walked instead.
    if ((other.m_used >> 3) > m_used) {
        const SetTable common = intersection(*this, other);
        for (const Slot &s : common.m_slots)
            if (s.state == Slot::Active)
                discardHashed(s.key, s.hash);
    } else {
        for (const Slot &s : other.m_slots)
            if (s.state == Slot::Active)
                discardHashed(s.key, s.hash);
    }
    purgeDummiesIfMany();
}

void SetTable::symmetricDifferenceUpdate(const SetTable &other)
{
    if (&other == this) {
        clear();
        return;
    }
    for (const Slot &s : other.m_slots)
        if (s.state == Slot::Active && !discardHashed(s.key, s.hash))
            addHashed(s.key, s.hash);
}

// The smaller set is walked (the right operand when they are as large) and each of its keys the larger one
// holds is added.
SetTable SetTable::intersection(const SetTable &a, const SetTable &b)
{
    SetTable result;
    if (&a == &b) {
        result.merge(a);
        return result;
    }
    const SetTable *large = &a, *small = &b;
    if (small->m_used > large->m_used)
        std::swap(large, small);
    for (const Slot &s : small->m_slots)
        if (s.state == Slot::Active && large->containsHashed(s.key, s.hash))
            result.addHashed(s.key, s.hash);
    return result;
}

// A set much larger than the other is copied and the other's keys taken out; otherwise its keys the other
// lacks are added to a new set.
SetTable SetTable::difference(const SetTable &a, const SetTable &b)
{
    SetTable result;
    if ((a.m_used >> 2) > b.m_used) {
        result.merge(a);
        result.differenceUpdate(b);
        return result;
    }
    for (const Slot &s : a.m_slots)
        if (s.state == Slot::Active && !b.containsHashed(s.key, s.hash))
            result.addHashed(s.key, s.hash);
    return result;
}

} // namespace awaitscope::py
