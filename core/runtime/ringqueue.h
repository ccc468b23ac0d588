#pragma once

#include <cstddef>
#include <optional>
#include <utility>
#include <vector>

namespace awaitscope {

// A first-in first-out queue in one circular buffer, where std::deque allocates and frees a block every few
// elements (the loop's ready queue, which every task passes through at least twice). Only occupied slots
// hold an element; the buffer doubles when full, and gives most of itself back when a burst has drained.
template<typename T> class RingQueue
{
public:
    bool empty() const { return m_size == 0; }
    std::size_t size() const { return m_size; }
    T &front() { return *m_items[m_head]; }
    void push_back(T &&item)
    {
        if (m_size == m_items.size())
            resize(m_items.empty() ? 64 : m_items.size() * 2);
        m_items[(m_head + m_size) & (m_items.size() - 1)].emplace(std::move(item));
        ++m_size;
    }
    // Takes the first element out; its slot keeps nothing alive.
    T take_front()
    {
        std::optional<T> &slot = m_items[m_head];
        T item = std::move(*slot);
        slot.reset();
        m_head = (m_head + 1) & (m_items.size() - 1);
        --m_size;
        if (m_items.size() > 1024 && m_size * 8 < m_items.size())
            resize(m_items.size() / 4);
        return item;
    }
    void clear()
    {
        m_items.clear();
        m_head = m_size = 0;
    }

private:
    void resize(std::size_t capacity) // a power of two, more than m_size
    {
        std::vector<std::optional<T>> items(capacity);
        for (std::size_t i = 0; i < m_size; ++i)
            items[i].emplace(std::move(*m_items[(m_head + i) & (m_items.size() - 1)]));
        m_items = std::move(items);
        m_head = 0;
    }

    std::vector<std::optional<T>> m_items;
    std::size_t m_head = 0;
    std::size_t m_size = 0;
};

} // namespace awaitscope
