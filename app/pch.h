// Precompiled header for the GUI library.
#pragma once
#include <QtGui>
#include <QtWidgets>
#include <any>
#include <functional>
#include <memory>
#include <vector>
