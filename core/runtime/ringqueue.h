#pragma once

#include <cstddef>
#include <utility>
#include <vector>

namespace awaitscope {

// A first-in first-out queue in one growing circular buffer: after the first passes it allocates nothing,
// where std::deque allocates and frees a block every few elements (the loop's ready queue, which every
// task passes through at least twice).
template<typename T> class RingQueue
{
public:
    bool empty() const { return m_size == 0; }
    std::size_t size() const { return m_size; }
    T &front() { return m_items[m_head]; }
    void push_back(T &&item)
    {
        if (m_size == m_items.size())
            grow();
        m_items[(m_head + m_size) & (m_items.size() - 1)] = std::move(item);
        ++m_size;
    }
    // Takes the first element out; its slot keeps nothing alive.
    T take_front()
    {
        T item = std::move(m_items[m_head]);
        m_items[m_head] = T();
        m_head = (m_head + 1) & (m_items.size() - 1);
        --m_size;
        return item;
    }
    void clear()
    {
        m_items.clear();
        m_head = m_size = 0;
    }

private:
    void grow()
    {
        std::vector<T> bigger(m_items.empty() ? 64 : m_items.size() * 2); // a power of two
        for (std::size_t i = 0; i < m_size; ++i)
            bigger[i] = std::move(m_items[(m_head + i) & (m_items.size() - 1)]);
        m_items = std::move(bigger);
        m_head = 0;
    }

    std::vector<T> m_items;
    std::size_t m_head = 0;
    std::size_t m_size = 0;
};

} // namespace awaitscope
