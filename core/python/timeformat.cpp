// strftime for the program's clock. The clock starts at the Unix epoch (time.time() is 0.0 when the program
// starts, as under tests/tools/virtual_clock.py), and the sandbox's local time is UTC, so logging's
// %(asctime)s and time.strftime print 1970-01-01 00:00:00 plus the program's time.
#include "nativeclass.h"

#include <QDateTime>
#include <QTimeZone>

#include <cmath>

namespace awaitscope::py {

QString strftimeUtc(const QString &fmt, double epochSeconds)
{
    const double whole = std::floor(epochSeconds);
    const auto micros = int64_t(std::llround((epochSeconds - whole) * 1e6));
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(int64_t(whole) * 1000, QTimeZone::utc());
    const QDate d = t.date();
    const QTime tm = t.time();
    static const char *const days[] = {"Monday", "Tuesday",  "Wednesday", "Thursday",
                                       "Friday", "Saturday", "Sunday"};
    static const char *const months[] = {"January",   "February", "March",    "April",
                                         "May",       "June",     "July",     "August",
                                         "September", "October",  "November", "December"};
    auto two = [](int v) { return QStringLiteral("%1").arg(v, 2, 10, QLatin1Char('0')); };
    QString out;
    for (qsizetype i = 0; i < fmt.size(); ++i) {
        if (fmt[i] != u'%' || i + 1 >= fmt.size()) {
            out += fmt[i];
            continue;
        }
        const QChar c = fmt[++i];
        const QString day = QLatin1String(days[d.dayOfWeek() - 1]);
        const QString month = QLatin1String(months[d.month() - 1]);
        switch (c.unicode()) {
        case 'Y':
            out += QString::number(d.year());
            break;
        case 'y':
            out += two(d.year() % 100);
            break;
        case 'm':
            out += two(d.month());
            break;
        case 'd':
            out += two(d.day());
            break;
        case 'e':
            out += QStringLiteral("%1").arg(d.day(), 2);
            break;
        case 'H':
            out += two(tm.hour());
            break;
        case 'I':
            out += two(tm.hour() % 12 == 0 ? 12 : tm.hour() % 12);
            break;
        case 'M':
            out += two(tm.minute());
            break;
        case 'S':
            out += two(tm.second());
            break;
        case 'f':
            out += QStringLiteral("%1").arg(micros, 6, 10, QLatin1Char('0'));
            break;
        case 'p':
            out += tm.hour() < 12 ? QStringLiteral("AM") : QStringLiteral("PM");
            break;
        case 'a':
            out += day.left(3);
            break;
        case 'A':
            out += day;
            break;
        case 'b':
        case 'h':
            out += month.left(3);
            break;
        case 'B':
            out += month;
            break;
        case 'j':
            out += QStringLiteral("%1").arg(d.dayOfYear(), 3, 10, QLatin1Char('0'));
            break;
        case 'w':
            out += QString::number(d.dayOfWeek() % 7);
            break;
        case 'Z':
            out += QStringLiteral("UTC");
            break;
        case 'z':
            out += QStringLiteral("+0000");
            break;
        case 'c':
            out += strftimeUtc(QStringLiteral("%a %b %e %H:%M:%S %Y"), whole);
            break;
        case 'x':
            out += strftimeUtc(QStringLiteral("%m/%d/%y"), whole);
            break;
        case 'X':
            out += strftimeUtc(QStringLiteral("%H:%M:%S"), whole);
            break;
        case 'F':
            out += strftimeUtc(QStringLiteral("%Y-%m-%d"), whole);
            break;
        case 'T':
            out += strftimeUtc(QStringLiteral("%H:%M:%S"), whole);
            break;
        case '%':
            out += u'%';
            break;
        default:
            out += u'%';
            out += c;
        }
    }
    return out;
}

} // namespace awaitscope::py
