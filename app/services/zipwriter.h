#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

// Writes a ZIP file (libzip) all at once: to a temporary file next to the target that replaces
// the target only when complete, so a failed export never leaves half a ZIP behind.
class ZipWriter
{
    Q_DECLARE_TR_FUNCTIONS(ZipWriter)

public:
    void add(const QString &name, const QByteArray &data);
    QStringList names() const;
    // Writes the archive at `path` as it is (AuditedOutput gives it its final name). Throws
    // StorageError(Failed) with a Dutch message naming the file, and leaves no file then.
    void write(const QString &path) const;

private:
    QList<std::pair<QString, QByteArray>> m_entries;
};
