#include "storage/SqliteHeader.h"

#include <QFile>
#include <QtEndian>

namespace {

// https://www.sqlite.org/fileformat.html#the_database_header
constexpr int headerSize = 100;
constexpr char magic[] = "SQLite format 3"; // followed by its NUL: 16 bytes

quint32 big32(const QByteArray& bytes, int offset)
{
    return qFromBigEndian<quint32>(bytes.constData() + offset);
}

} // namespace

Result<SqliteHeader> SqliteHeader::read(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::ReadOnly,
                     tr("%1 cannot be read: %2").arg(path, file.errorString())};
    SqliteHeader header;
    header.fileSize = file.size();
    if (header.fileSize == 0)
        return header;
    const QByteArray bytes = file.read(headerSize);
    if (bytes.size() < headerSize || !bytes.startsWith(QByteArray(magic, sizeof magic))) {
        header.kind = Kind::NotSqlite;
        return header;
    }
    header.kind = Kind::Sqlite;
    const quint16 rawPageSize = qFromBigEndian<quint16>(bytes.constData() + 16);
    header.pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
    header.walMode = bytes.at(18) == 2 || bytes.at(19) == 2;
    // The page count is valid only when written by the same change as the change counter.
    if (big32(bytes, 92) == big32(bytes, 24))
        header.pageCount = big32(bytes, 28);
    header.userVersion = qint32(big32(bytes, 60));
    header.applicationId = qint32(big32(bytes, 68));
    return header;
}

bool SqliteHeader::isTruncated() const
{
    if (kind != Kind::Sqlite || pageSize < 512)
        return kind == Kind::Sqlite;
    return fileSize % pageSize != 0 || fileSize < pageCount * pageSize;
}
