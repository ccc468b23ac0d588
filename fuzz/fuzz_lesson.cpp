// libFuzzer target: the lesson loader. The input is a lesson folder name from lessons/ on its first line,
// then the text of lesson.json. The folder's programs are copied once into a private folder, so lesson.json
// files from the seeds find the programs and parameter markers they refer to.
#include "lessons/lesson.h"
#include "lessons/lessonproblem.h"
#include "lessons/lessonreader.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

struct Folders
{
    QTemporaryDir root;
    QHash<QByteArray, QString> byName; // lesson folder name -> private copy without lesson.json
    QString fallback;
};

Folders &folders()
{
    static Folders f = [] {
        Folders made;
        const QDir lessons(QStringLiteral(AWAITSCOPE_SOURCE_DIR "/lessons"));
        const QStringList names = lessons.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        for (const QString &name : names) {
            const QString target = made.root.filePath(name);
            QDir().mkpath(target);
            const QDir source(lessons.filePath(name));
            for (const QString &file : source.entryList(QDir::Files)) {
                if (file != u"lesson.json")
                    QFile::copy(source.filePath(file), target + u'/' + file);
            }
            made.byName.insert(name.toUtf8(), target);
            if (made.fallback.isEmpty())
                made.fallback = target;
        }
        if (made.fallback.isEmpty()) {
            made.fallback = made.root.filePath(QStringLiteral("empty"));
            QDir().mkpath(made.fallback);
        }
        return made;
    }();
    return f;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype newline = input.indexOf('\n');
    const QByteArray name = newline < 0 ? QByteArray() : input.left(newline);
    const QByteArray json = newline < 0 ? input : input.mid(newline + 1);

    Folders &f = folders();
    const QString folder = f.byName.value(name, f.fallback);
    QFile file(folder + QStringLiteral("/lesson.json"));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(json) != json.size())
        std::abort(); // the fuzzer's own folder must be writable
    file.close();

    awaitscope::Lesson lesson;
    awaitscope::LessonProblems problems;
    const bool ok = awaitscope::LessonReader::read(folder, &lesson, &problems);
    // Every refusal must say why.
    if (!ok && problems.isEmpty())
        __builtin_trap();
    return 0;
}
