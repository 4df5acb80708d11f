#pragma once

#include <QtGlobal>

#include <functional>

/// Called now and then during an import with the rows read so far and the bytes of the file read
/// so far of its size; returning false cancels the import (committed batches stay, the current
/// batch is rolled back).
using ImportProgress = std::function<bool(qint64 rowsDone, qint64 bytesDone, qint64 bytesTotal)>;
