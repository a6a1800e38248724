#pragma once

#include <QString>

// Folders and files for personal data, made readable by their owner only (0700 and 0600)
// whatever the umask of the program that makes them.
namespace PrivatePath {

// Creates `folder` and any missing parents as 0700; true when it exists afterwards.
bool makeFolder(const QString &folder);
// Creates an empty file as 0600; false when it exists already or cannot be made (errno says why).
bool createFile(const QString &path);
// What a failed file operation means for the user, from errno, in Dutch: the disk is full, the
// folder is read-only, … `path` is the file or folder concerned.
QString reason(int error, const QString &path);

} // namespace PrivatePath
