#include "run/programmodules.h"

#include "io/userfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

#include <memory>

namespace awaitscope {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ProgramModules)
};

// A package found so far: the folder its submodules are in, and the search folder it lies under.
struct Package
{
    QString dir;
    QString root;
};

bool isInside(const QString &path, const QString &root)
{
    return path.startsWith(root.endsWith(u'/') ? root : root + u'/');
}

} // namespace

QStringList programModuleFolders(const QString &programPath)
{
    if (programPath.isEmpty())
        return {};
    QStringList folders{QFileInfo(programPath).absolutePath()};
    const QString env = qEnvironmentVariable("PYTHONPATH");
    for (const QString &entry : env.split(u':', Qt::SkipEmptyParts)) {
        const QFileInfo info(entry);
        if (info.isDir() && !folders.contains(info.absoluteFilePath()))
            folders << info.absoluteFilePath();
    }
    return folders;
}

py::FindModule programModuleFinder(const QStringList &folders)
{
    QStringList roots;
    for (const QString &folder : folders) {
        const QString canonical = QFileInfo(folder).canonicalFilePath();
        if (!canonical.isEmpty())
            roots << canonical;
    }
    auto packages = std::make_shared<QHash<QString, Package>>();
    return [roots, packages](const QString &name) -> std::optional<py::ModuleSource> {
        static const QRegularExpression identifier(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
        const QStringList parts = name.split(u'.');
        for (const QString &part : parts)
            if (!identifier.match(part).hasMatch())
                return std::nullopt;
        // A submodule is looked for only in its package's folder; a top-level module in every folder.
        QList<Package> places;
        if (parts.size() > 1) {
            const auto it = packages->constFind(name.section(u'.', 0, -2));
            if (it == packages->constEnd())
                return std::nullopt;
            places << it.value();
        } else {
            for (const QString &root : roots)
                places << Package{root, root};
        }
        const QString last = parts.last();
        auto leadsOut = [&name](const QString &path) {
            py::ModuleSource found;
            found.path = path;
            found.error = Tr::tr("module '%1': %2 leads out of the program's folder; Awaitscope reads "
                                 "a program's modules only from its folder")
                              .arg(name, path);
            return found;
        };
        auto read = [&](const QString &file, const QString &root, bool isPackage) {
            py::ModuleSource found;
            found.isPackage = isPackage;
            found.path = QDir(root).relativeFilePath(file);
            const QString canonical = QFileInfo(file).canonicalFilePath();
            if (!canonical.isEmpty() && !isInside(canonical, root))
                return leadsOut(found.path);
            QString error;
            const std::optional<QString> text = readProgramText(file, &error);
            if (!text)
                found.error = Tr::tr("module '%1': %2").arg(name, error.replace(file, found.path));
            else
                found.source = *text;
            return found;
        };
        // As CPython's path finder: in each folder a package (a folder with __init__.py) before a module
        // file; a folder without __init__.py counts only when no folder has the module (a namespace
        // package).
        QString namespaceDir;
        QString namespaceRoot;
        for (const Package &place : std::as_const(places)) {
            const QString dir = place.dir + u'/' + last;
            const QFileInfo dirInfo(dir);
            if (dirInfo.isDir()) {
                if (!isInside(dirInfo.canonicalFilePath(), place.root))
                    return leadsOut(QDir(place.root).relativeFilePath(dir));
                const QString init = dir + QStringLiteral("/__init__.py");
                if (QFileInfo::exists(init) || QFileInfo(init).isSymLink()) {
                    packages->insert(name, Package{dir, place.root});
                    return read(init, place.root, true);
                }
                if (namespaceDir.isEmpty()) {
                    namespaceDir = dir;
                    namespaceRoot = place.root;
                }
            }
            const QString file = dir + QStringLiteral(".py");
            const QFileInfo fileInfo(file);
            if (fileInfo.exists() || fileInfo.isSymLink())
                return read(file, place.root, false);
        }
        if (!namespaceDir.isEmpty()) {
            packages->insert(name, Package{namespaceDir, namespaceRoot});
            py::ModuleSource found;
            found.isPackage = true;
            return found;
        }
        return std::nullopt;
    };
}

} // namespace awaitscope
