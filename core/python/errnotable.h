#pragma once

// The errno numbers of Linux, as Python's errno module names them (the ones a program about networking or
// files may name; the errno module and OSError's subclasses use them). Where two names share a number, the
// one errno.errorcode gives comes first.

namespace awaitscope::py {

struct ErrnoName
{
    const char *name;
    int number;
};

inline constexpr ErrnoName kErrnoNames[] = {
    {"EPERM", 1},
    {"ENOENT", 2},
    {"ESRCH", 3},
    {"EINTR", 4},
    {"EIO", 5},
    {"ENXIO", 6},
    {"E2BIG", 7},
    {"ENOEXEC", 8},
    {"EBADF", 9},
    {"ECHILD", 10},
    {"EAGAIN", 11},
    {"ENOMEM", 12},
    {"EACCES", 13},
    {"EFAULT", 14},
    {"EBUSY", 16},
    {"EEXIST", 17},
    {"EXDEV", 18},
    {"ENODEV", 19},
    {"ENOTDIR", 20},
    {"EISDIR", 21},
    {"EINVAL", 22},
    {"ENFILE", 23},
    {"EMFILE", 24},
    {"ENOTTY", 25},
    {"EFBIG", 27},
    {"ENOSPC", 28},
    {"ESPIPE", 29},
    {"EROFS", 30},
    {"EMLINK", 31},
    {"EPIPE", 32},
    {"EDOM", 33},
    {"ERANGE", 34},
    {"EDEADLK", 35},
    {"ENAMETOOLONG", 36},
    {"ENOSYS", 38},
    {"ENOTEMPTY", 39},
    {"ELOOP", 40},
    {"EWOULDBLOCK", 11},
    {"ENOTSOCK", 88},
    {"EDESTADDRREQ", 89},
    {"EMSGSIZE", 90},
    {"EPROTOTYPE", 91},
    {"ENOPROTOOPT", 92},
    {"EPROTONOSUPPORT", 93},
    {"ENOTSUP", 95},
    {"EOPNOTSUPP", 95},
    {"EAFNOSUPPORT", 97},
    {"EADDRINUSE", 98},
    {"EADDRNOTAVAIL", 99},
    {"ENETDOWN", 100},
    {"ENETUNREACH", 101},
    {"ENETRESET", 102},
    {"ECONNABORTED", 103},
    {"ECONNRESET", 104},
    {"ENOBUFS", 105},
    {"EISCONN", 106},
    {"ENOTCONN", 107},
    {"ESHUTDOWN", 108},
    {"ETIMEDOUT", 110},
    {"ECONNREFUSED", 111},
    {"EHOSTDOWN", 112},
    {"EHOSTUNREACH", 113},
    {"EALREADY", 114},
    {"EINPROGRESS", 115},
    {"ECANCELED", 125},
};

// Objects/exceptions.c's errnomap: OSError(errno, ...) makes this subclass.
struct ErrnoSubclass
{
    int number;
    const char *subclass;
};

inline constexpr ErrnoSubclass kErrnoSubclasses[] = {
    {11, "BlockingIOError"},         // EAGAIN, EWOULDBLOCK
    {114, "BlockingIOError"},        // EALREADY
    {115, "BlockingIOError"},        // EINPROGRESS
    {10, "ChildProcessError"},       // ECHILD
    {32, "BrokenPipeError"},         // EPIPE
    {108, "BrokenPipeError"},        // ESHUTDOWN
    {103, "ConnectionAbortedError"}, // ECONNABORTED
    {111, "ConnectionRefusedError"}, // ECONNREFUSED
    {104, "ConnectionResetError"},   // ECONNRESET
    {17, "FileExistsError"},         // EEXIST
    {2, "FileNotFoundError"},        // ENOENT
    {21, "IsADirectoryError"},       // EISDIR
    {20, "NotADirectoryError"},      // ENOTDIR
    {4, "InterruptedError"},         // EINTR
    {13, "PermissionError"},         // EACCES
    {1, "PermissionError"},          // EPERM
    {3, "ProcessLookupError"},       // ESRCH
    {110, "TimeoutError"},           // ETIMEDOUT
};

} // namespace awaitscope::py
