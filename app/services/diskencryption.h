#pragma once

#include <QCoreApplication>
#include <QString>

// Whether the disk under a file is encrypted, for Beheer → Database: on Linux a dm-crypt (LUKS)
// device anywhere below the file system (LVM on LUKS included), or a folder encrypted with
// fscrypt. A laptop that is stolen with an unencrypted disk gives away every dossier.
class DiskEncryption
{
    Q_DECLARE_TR_FUNCTIONS(DiskEncryption)

public:
    enum class State { Encrypted, NotEncrypted, Unknown };
    struct Result {
        State state = State::Unknown;
        QString explanation;        // a Dutch sentence for the user
    };

    static Result forPath(const QString &path);
    // The block device `major:minor` as the kernel lists it below `sysRoot` (/sys; a test gives
    // a tree of its own).
    static Result forDevice(unsigned major, unsigned minor, const QString &sysRoot = QStringLiteral("/sys"));
};
