// The HTTP benchmark measures what it claims: reuse opens one connection where a session per request
// opens one each, and a pool of 6 holds concurrency at 6 where the default lets everything through.
#include "http/httpbenchmark.h"

#include <QTest>

using namespace awaitscope;

class TestHttpBenchmark : public QObject
{
    Q_OBJECT
private slots:
    void smallRun();
};

void TestHttpBenchmark::smallRun()
{
    const QList<HttpBenchmarkResult> results = runHttpBenchmarks(20, 12);
    QCOMPARE(results.size(), 4);
    for (const HttpBenchmarkResult &r : results)
        QVERIFY2(r.failures == 0, qPrintable(r.summary()));
    QCOMPARE(results.at(0).connectionsOpened, 1);
    QCOMPARE(results.at(1).connectionsOpened, 20);
    QCOMPARE(results.at(2).maxInFlight, 12);
    QCOMPARE(results.at(3).maxInFlight, 6);
    QVERIFY(results.at(3).elapsedMs >= 200); // two waves of 100 ms
    QVERIFY(results.at(0).summary().contains(u"20 requests"_qs));
}

QTEST_GUILESS_MAIN(TestHttpBenchmark)
#include "tst_httpbenchmark.moc"
