#pragma once

#include "core/engine/fieldvalues.h"

#include <QString>

namespace sfsync {

// A record this run creates, which later rows of the same action may match before its Id is known.
struct CreatedRecord
{
    qint64 creatorRow = 0;
    QString id; // known once the create succeeded
    bool resolved = false; // created, id known
    bool failed = false; // the create failed and no later row took it over: the record does not exist
    bool uncertain = false; // the create failed in a way that may have written it
    FieldValues fields; // preview: the values the rows so far would have given it (old values of the next)
};

} // namespace sfsync
