// A run the window no longer shows is freed off the GUI thread (releaseOffThread), so a 20,000-task run's
// trace and model never stall the window while they are freed.
#include "run/releaseoffthread.h"

#include <QPointer>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>

using namespace awaitscope;

namespace {

struct Witness
{
    std::shared_ptr<std::atomic<QThread *>> freedOn;
    Witness(std::shared_ptr<std::atomic<QThread *>> where)
        : freedOn(std::move(where))
    {
    }
    Witness(Witness &&) = default;
    ~Witness()
    {
        if (freedOn)
            freedOn->store(QThread::currentThread());
    }
};

} // namespace

class TestReleaseOffThread : public QObject
{
    Q_OBJECT

private slots:
    void aValueIsFreedOnAnotherThread()
    {
        // Many times: the task may run before this function has returned, and the value must still be freed
        // in the task, never here.
        std::vector<std::shared_ptr<std::atomic<QThread *>>> places;
        for (int i = 0; i < 200; ++i) {
            places.push_back(std::make_shared<std::atomic<QThread *>>(nullptr));
            releaseOffThread(Witness(places.back()));
        }
        for (const auto &freedOn : places) {
            QTRY_VERIFY(freedOn->load() != nullptr);
            QVERIFY(freedOn->load() != QThread::currentThread());
        }
    }

    // The last owner of a shared_ptr hands it over: it is freed there; another owner keeps it alive.
    void aSharedPointerIsFreedWhereItsLastOwnerLetsGo()
    {
        auto freedOn = std::make_shared<std::atomic<QThread *>>(nullptr);
        auto shared = std::make_shared<Witness>(freedOn);
        std::shared_ptr<Witness> kept = shared;
        releaseOffThread(std::move(shared));
        QTest::qWait(50);
        QVERIFY(freedOn->load() == nullptr); // `kept` still owns it
        kept.reset();
        QCOMPARE(freedOn->load(), QThread::currentThread());
    }

    // A thread that said it finished is deleted once it has really ended, without a wait here.
    void aFinishedThreadIsDeletedWhenItHasEnded()
    {
        QPointer<QThread> thread = QThread::create([] { QThread::msleep(20); });
        bool handed = false;
        connect(thread, &QThread::finished, this, [&] {
            handed = true;
            deleteWhenEnded(thread);
        });
        thread->start();
        QTRY_VERIFY(handed);
        QTRY_VERIFY(thread.isNull());
    }
};

QTEST_GUILESS_MAIN(TestReleaseOffThread)
#include "tst_releaseoffthread.moc"
