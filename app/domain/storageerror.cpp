#include "storageerror.h"

StorageError::StorageError(Kind kind, const QString &message, const QString &detail)
    : m_kind(kind), m_message(message), m_detail(detail)
{
    m_what = (detail.isEmpty() ? message : message + QStringLiteral(" (") + detail + QLatin1Char(')'))
                 .toUtf8();
}
