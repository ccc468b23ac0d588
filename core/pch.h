// Precompiled header for the core library: the Qt and standard headers nearly every file includes.
#pragma once
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <any>
#include <functional>
#include <memory>
#include <qcoro/qcorotask.h>
#include <vector>
