// Task.cancel through chains and cycles of awaits (tasks.py:198-238, _GatheringFuture.cancel 713-725),
// walked without recursion: long chains must not overflow the stack, cycles must end, and cancelling every
// task of a long chain (asyncio.run's shutdown, a stop request) must cost time linear in its length.
#include "scenario.h"

using namespace awaitscope;

namespace {

// Awaits whatever `*target` holds when it starts (so two tasks can await each other).
QCoro::Task<int> awaitTarget(std::shared_ptr<FuturePtr> target)
{
    co_await FutureAwaiter(*target);
    co_return 0;
}

QCoro::Task<int> awaitFuture(FuturePtr future)
{
    co_await FutureAwaiter(future);
    co_return 0;
}

// A chain of n tasks, each awaiting the next; the last awaits `end`. Returns the tasks, first = head.
std::vector<Task<int>> makeChain(int n, const FuturePtr &end)
{
    std::vector<Task<int>> chain;
    chain.resize(size_t(n));
    chain[size_t(n - 1)] = createTask(awaitFuture, end);
    for (int i = n - 2; i >= 0; --i)
        chain[size_t(i)] = createTask(awaitFuture, chain[size_t(i + 1)].state());
    return chain;
}

} // namespace

class TestCancelWalk : public QObject
{
    Q_OBJECT
private slots:
    void tasksAwaitingEachOtherCancelWithoutEnd()
    {
        // CPython: Task.cancel on a awaiting b awaiting a recurses until RecursionError; here the walk stops
        // where the cycle closes and the run reports the deadlock instead of crashing.
        Loop loop;
        QString stopReason;
        int aCancelling = -1, bCancelling = -1;
        bool accepted = false;
        try {
            run(loop, [&]() -> QCoro::Task<void> {
                auto aTarget = std::make_shared<FuturePtr>();
                auto bTarget = std::make_shared<FuturePtr>();
                auto a = createTask(awaitTarget, aTarget);
                auto b = createTask(awaitTarget, bTarget);
                *aTarget = b.state();
                *bTarget = a.state();
                co_await awaitscope::sleep(1);
                accepted = a.cancel();
                aCancelling = a.cancelling();
                bCancelling = b.cancelling();
                co_await a;
            });
        } catch (const UsageError &e) {
            stopReason = e.message();
        }
        QVERIFY(accepted);
        QCOMPARE(aCancelling, 1);
        QCOMPARE(bCancelling, 1);
        QVERIFY2(stopReason.contains(QStringLiteral("the tasks wait for each other")),
                 qPrintable(stopReason));
        QVERIFY2(stopReason.contains(QStringLiteral("Task-2 awaits Task-3 awaits Task-2")),
                 qPrintable(stopReason));
    }

    void gatherOfItsOwnCallerIsADeadlock()
    {
        Loop loop;
        QString stopReason;
        try {
            run(loop, [&]() -> QCoro::Task<void> {
                std::vector<FuturePtr> self;
                self.push_back(loop.currentTask()->shared());
                auto g = gather(loop, self);
                co_await FutureAwaiter(g);
            });
        } catch (const UsageError &e) {
            stopReason = e.message();
        }
        QVERIFY2(stopReason.contains(QStringLiteral("Task-1 awaits a gather that waits for Task-1")),
                 qPrintable(stopReason));
    }

    void longChainCancelsWithoutRecursion()
    {
        // 100,000 links: a recursive cancel would need 100,000 nested C++ frames.
        constexpr int n = 100'000;
        Loop loop;
        int cancelledLinks = 0, countedOnce = 0;
        bool accepted = false, endCancelled = false;
        run(loop, [&]() -> QCoro::Task<void> {
            auto end = std::make_shared<FutureState>(loop);
            auto chain = makeChain(n, end);
            co_await awaitscope::sleep(0);
            co_await awaitscope::sleep(0);
            accepted = chain.front().cancel();
            for (const auto &t : chain)
                countedOnce += t.cancelling() == 1 ? 1 : 0;
            endCancelled = end->cancelled(); // the innermost waiter took the cancel
            try {
                co_await chain.front();
            } catch (const CancelledError &) {
            }
            for (const auto &t : chain)
                cancelledLinks += t.cancelled() ? 1 : 0;
        });
        QVERIFY(accepted);
        QVERIFY(endCancelled);
        QCOMPARE(countedOnce, n);
        QCOMPARE(cancelledLinks, n);
    }

    void cancelAllWalksEachLinkOnce()
    {
        // asyncio's _cancel_all_tasks calls cancel() on every task. On a chain each call would walk the rest
        // of the chain again (quadratic); the walk reaches each task's waiter once and only counts the
        // later requests, so the head is asked once and every other link twice.
        constexpr int n = 50'000;
        Loop loop;
        QElapsedTimer wall;
        qint64 elapsed = 0;
        int head = -1, countedTwice = 0;
        bool endCancelled = false;
        run(loop, [&]() -> QCoro::Task<void> {
            auto end = std::make_shared<FutureState>(loop);
            auto chain = makeChain(n, end);
            co_await awaitscope::sleep(0);
            co_await awaitscope::sleep(0);
            std::vector<FuturePtr> all;
            for (const auto &t : chain)
                all.push_back(t.state());
            wall.start();
            FutureState::cancelAll(all);
            elapsed = wall.elapsed();
            head = chain.front().cancelling();
            for (size_t i = 1; i < chain.size(); ++i)
                countedTwice += chain[i].cancelling() == 2 ? 1 : 0;
            endCancelled = end->cancelled();
            try {
                co_await chain.front();
            } catch (const CancelledError &) {
            }
        });
        QCOMPARE(head, 1);
        QCOMPARE(countedTwice, n - 1);
        QVERIFY(endCancelled);
        QVERIFY2(elapsed < 2000, qPrintable(QStringLiteral("cancelAll took %1 ms").arg(elapsed)));
    }

    void gatherInsideACycleEnds()
    {
        // a awaits gather(b), b awaits a: cancelling a walks a -> gather -> b -> (a: the cycle closes).
        Loop loop;
        bool accepted = false;
        QString stopReason;
        try {
            run(loop, [&]() -> QCoro::Task<void> {
                auto aTarget = std::make_shared<FuturePtr>();
                auto bTarget = std::make_shared<FuturePtr>();
                auto a = createTask(awaitTarget, aTarget);
                auto b = createTask(awaitTarget, bTarget);
                std::vector<FuturePtr> children;
                children.push_back(b.state());
                *aTarget = gather(loop, children);
                *bTarget = a.state();
                co_await awaitscope::sleep(1);
                accepted = a.cancel();
                co_await a;
            });
        } catch (const UsageError &e) {
            stopReason = e.message();
        }
        QVERIFY(accepted);
        QVERIFY2(stopReason.contains(QStringLiteral("a gather that waits for Task-3")),
                 qPrintable(stopReason));
    }
};

QTEST_GUILESS_MAIN(TestCancelWalk)
#include "tst_cancelwalk.moc"
