#include "player/playbackstate.h"

#include <QSignalSpy>
#include <QTest>

using namespace awaitscope;

class TestPlaybackState : public QObject
{
    Q_OBJECT
private slots:
    void startsBeforeTheFirstEvent();
    void stepForwardAndBackExactly();
    void stepBackFromBetweenEvents();
    void scrub_data();
    void scrub();
    void speedIsClamped_data();
    void speedIsClamped();
    void presetSpeeds();
    void advanceMovesAtSpeed();
    void reachingTheEndStopsPlaying();
    void playAtTheEndReplays();
    void timerPlaysInRealTime();
    void emptyRun();
    void runWithoutTimePlaysEventByEvent();
};

namespace {

// Five events: three at the start (virtual clock: same instant), then 1 s and 3 s; the run ends at 4 s.
void load(PlaybackState &p)
{
    p.setEvents({0.0, 0.0, 0.0, 1.0, 3.0}, 0.0, 4.0);
}

} // namespace

void TestPlaybackState::startsBeforeTheFirstEvent()
{
    PlaybackState p;
    load(p);
    QCOMPARE(p.eventIndex(), -1);
    QCOMPARE(p.time(), 0.0);
    QVERIFY(p.atStart());
    QVERIFY(!p.isPlaying());
    QCOMPARE(p.endTime(), 4.0);
}

void TestPlaybackState::stepForwardAndBackExactly()
{
    PlaybackState p;
    load(p);
    QSignalSpy cursor(&p, &PlaybackState::cursorChanged);
    const QList<std::pair<std::int64_t, double>> forward{{0, 0.0}, {1, 0.0}, {2, 0.0},
                                                         {3, 1.0}, {4, 3.0}, {4, 4.0}};
    for (const auto &[index, time] : forward) {
        p.stepForward();
        QCOMPARE(p.eventIndex(), index);
        QCOMPARE(p.time(), time);
    }
    QVERIFY(p.atEnd());
    p.stepForward(); // nothing after the end
    QCOMPARE(p.eventIndex(), 4);
    QCOMPARE(cursor.size(), forward.size());
    // Back again through exactly the same positions.
    const QList<std::pair<std::int64_t, double>> back{{4, 3.0}, {3, 1.0}, {2, 0.0},
                                                      {1, 0.0}, {0, 0.0}, {-1, 0.0}};
    for (const auto &[index, time] : back) {
        p.stepBackward();
        QCOMPARE(p.eventIndex(), index);
        QCOMPARE(p.time(), time);
    }
    QVERIFY(p.atStart());
    p.stepBackward();
    QCOMPARE(p.eventIndex(), -1);
    const QList<QVariant> last = cursor.last();
    QCOMPARE(last.at(0).toDouble(), 0.0);
    QCOMPARE(last.at(1).value<std::int64_t>(), std::int64_t(-1));
}

void TestPlaybackState::stepBackFromBetweenEvents()
{
    PlaybackState p;
    load(p);
    p.scrubTo(2.0); // between the event at 1 s and the one at 3 s
    QCOMPARE(p.eventIndex(), 3);
    p.stepBackward(); // onto the event just passed
    QCOMPARE(p.time(), 1.0);
    QCOMPARE(p.eventIndex(), 3);
    p.scrubTo(2.0);
    p.stepForward();
    QCOMPARE(p.time(), 3.0);
    QCOMPARE(p.eventIndex(), 4);
}

void TestPlaybackState::scrub_data()
{
    QTest::addColumn<double>("to");
    QTest::addColumn<double>("time");
    QTest::addColumn<qint64>("index");
    QTest::newRow("before the run") << -5.0 << 0.0 << qint64(-1);
    QTest::newRow("the first instant") << 0.0 << 0.0 << qint64(2);
    QTest::newRow("half a second") << 0.5 << 0.5 << qint64(2);
    QTest::newRow("on an event") << 1.0 << 1.0 << qint64(3);
    QTest::newRow("after the last event") << 3.5 << 3.5 << qint64(4);
    QTest::newRow("past the end") << 99.0 << 4.0 << qint64(4);
}

void TestPlaybackState::scrub()
{
    QFETCH(double, to);
    QFETCH(double, time);
    QFETCH(qint64, index);
    PlaybackState p;
    load(p);
    p.scrubTo(to);
    QCOMPARE(p.time(), time);
    QCOMPARE(qint64(p.eventIndex()), index);
}

void TestPlaybackState::speedIsClamped_data()
{
    QTest::addColumn<double>("requested");
    QTest::addColumn<double>("speed");
    QTest::newRow("normal") << 1.0 << 1.0;
    QTest::newRow("slow") << 0.25 << 0.25;
    QTest::newRow("too slow") << 0.01 << 0.1;
    QTest::newRow("zero") << 0.0 << 0.1;
    QTest::newRow("negative") << -3.0 << 0.1;
    QTest::newRow("fastest") << 10.0 << 10.0;
    QTest::newRow("too fast") << 50.0 << 10.0;
}

void TestPlaybackState::speedIsClamped()
{
    QFETCH(double, requested);
    QFETCH(double, speed);
    PlaybackState p;
    p.setSpeed(requested);
    QCOMPARE(p.speed(), speed);
    p.setSpeed(std::numeric_limits<double>::quiet_NaN());
    QCOMPARE(p.speed(), speed);
}

void TestPlaybackState::presetSpeeds()
{
    PlaybackState p;
    QSignalSpy spy(&p, &PlaybackState::speedChanged);
    p.faster();
    QCOMPARE(p.speed(), 2.0);
    p.faster();
    p.faster();
    QCOMPARE(p.speed(), 10.0);
    p.faster();
    QCOMPARE(p.speed(), 10.0);
    QCOMPARE(spy.size(), 3);
    p.setSpeed(1.5);
    p.slower();
    QCOMPARE(p.speed(), 1.0);
    for (int i = 0; i < 10; ++i)
        p.slower();
    QCOMPARE(p.speed(), 0.1);
}

void TestPlaybackState::advanceMovesAtSpeed()
{
    PlaybackState p;
    load(p);
    p.setSpeed(2.0);
    p.advance(0.25); // half a virtual second
    QCOMPARE(p.time(), 0.5);
    QCOMPARE(p.eventIndex(), 2);
    p.advance(0.3);
    QCOMPARE(p.time(), 1.1);
    QCOMPARE(p.eventIndex(), 3);
    p.advance(-1.0); // time never runs backwards by playing
    QCOMPARE(p.time(), 1.1);
}

void TestPlaybackState::reachingTheEndStopsPlaying()
{
    PlaybackState p;
    load(p);
    QSignalSpy playing(&p, &PlaybackState::playingChanged);
    QSignalSpy end(&p, &PlaybackState::reachedEnd);
    p.play();
    QVERIFY(p.isPlaying());
    p.advance(10.0);
    QVERIFY(!p.isPlaying());
    QVERIFY(p.atEnd());
    QCOMPARE(p.time(), 4.0);
    QCOMPARE(p.eventIndex(), 4);
    QCOMPARE(end.size(), 1);
    QCOMPARE(playing.size(), 2);
    QCOMPARE(playing.at(1).at(0).toBool(), false);
}

void TestPlaybackState::playAtTheEndReplays()
{
    PlaybackState p;
    load(p);
    p.jumpToEnd();
    QVERIFY(p.atEnd());
    p.play();
    QVERIFY(p.isPlaying());
    QCOMPARE(p.eventIndex(), -1);
    p.jumpToEnd(); // jumping pauses
    QVERIFY(!p.isPlaying());
}

void TestPlaybackState::timerPlaysInRealTime()
{
    PlaybackState p;
    p.setEvents({0.0, 0.05, 0.1}, 0.0, 0.1);
    p.setSpeed(1.0);
    QSignalSpy end(&p, &PlaybackState::reachedEnd);
    p.play();
    QVERIFY(end.wait(2000)); // a tenth of a second of virtual time takes about that long at 1x
    QVERIFY(p.atEnd());
    QVERIFY(!p.isPlaying());
}

void TestPlaybackState::emptyRun()
{
    PlaybackState p;
    p.setEvents({}, 0.0, 0.0);
    p.stepForward();
    p.stepBackward();
    p.setEventIndex(10);
    QCOMPARE(p.eventIndex(), -1);
    p.play();
    p.advance(1.0);
    QVERIFY(!p.isPlaying());
    QCOMPARE(p.time(), 0.0);
}

void TestPlaybackState::runWithoutTimePlaysEventByEvent()
{
    // Nothing slept: every event is at t=0. Play still walks through them, EventsPerSecond at 1x.
    PlaybackState p;
    p.setEvents({0.0, 0.0, 0.0, 0.0, 0.0, 0.0}, 0.0, 0.0);
    QVERIFY(!p.atEnd());
    p.play();
    p.advance(0.5 / PlaybackState::EventsPerSecond); // half an event: nothing yet
    QCOMPARE(p.eventIndex(), -1);
    p.advance(0.5 / PlaybackState::EventsPerSecond);
    QCOMPARE(p.eventIndex(), 0);
    p.setSpeed(2.0);
    p.advance(1.0 / PlaybackState::EventsPerSecond); // two events at 2x
    QCOMPARE(p.eventIndex(), 2);
    QVERIFY(p.isPlaying());
    p.advance(10.0);
    QCOMPARE(p.eventIndex(), 5);
    QVERIFY(!p.isPlaying());
    QVERIFY(p.atEnd());
    p.stepBackward();
    QCOMPARE(p.eventIndex(), 4);
}

QTEST_GUILESS_MAIN(TestPlaybackState)
#include "tst_playbackstate.moc"
