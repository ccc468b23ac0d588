#include "virtualhttpclock.h"

namespace awaitscope {

quint64 VirtualHttpClock::callLater(qint64 delayMs, std::function<void()> callback)
{
    const quint64 handle = ++m_nextHandle;
    const qint64 due = m_now + qMax<qint64>(0, delayMs);
    m_queue.emplace(std::make_pair(due, handle), std::move(callback));
    m_dueOf.emplace(handle, due);
    return handle;
}

void VirtualHttpClock::cancel(quint64 handle)
{
    const auto it = m_dueOf.find(handle);
    if (it == m_dueOf.end())
        return;
    m_queue.erase(std::make_pair(it->second, handle));
    m_dueOf.erase(it);
}

bool VirtualHttpClock::runNext()
{
    if (m_queue.empty())
        return false;
    auto node = m_queue.extract(m_queue.begin());
    m_dueOf.erase(node.key().second);
    m_now = node.key().first;
    node.mapped()();
    return true;
}

int VirtualHttpClock::runUntilIdle(qint64 limitMs)
{
    int count = 0;
    while (!m_queue.empty() && m_queue.begin()->first.first <= limitMs && runNext())
        ++count;
    return count;
}

} // namespace awaitscope
