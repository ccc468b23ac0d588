// Precompiled header shared by every test executable (they all have the same flags, so one PCH serves all).
#pragma once
#include <QTest>
#include <QtGui>
#include <QtWidgets>
#include <any>
#include <functional>
#include <memory>
#include <qcoro/qcorotask.h>
#include <vector>
