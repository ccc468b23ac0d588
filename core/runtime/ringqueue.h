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
    // Takes the first element out; its slot keeps nothing alive. A buffer that is mostly empty (a burst of
    // ready tasks has run) gives most of itself back, so a burst's peak is not kept for the rest of the run.
    T take_front()
    {
        T item = std::move(m_items[m_head]);
        m_items[m_head] = T();
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
    void grow() { resize(m_items.empty() ? 64 : m_items.size() * 2); }
    void resize(std::size_t capacity) // a power of two, at least m_size
    {
        std::vector<T> items(capacity);
        for (std::size_t i = 0; i < m_size; ++i)
            items[i] = std::move(m_items[(m_head + i) & (m_items.size() - 1)]);
        m_items = std::move(items);
        m_head = 0;
    }

    std::vector<T> m_items;
    std::size_t m_head = 0;
    std::size_t m_size = 0;
};

} // namespace awaitscope
