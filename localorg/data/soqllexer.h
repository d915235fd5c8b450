#pragma once

#include "localorg/data/soqlerror.h"

#include <QList>
#include <QString>

namespace sfsync::localorg {

// Splits a SOQL statement into tokens for SoqlParser. Strings keep their raw body: escapes are checked by
// the parser, which knows whether the literal is a LIKE pattern. A relative date literal with a number is
// one identifier token ("LAST_N_DAYS:30"), as Salesforce allows no space around its colon.
class SoqlLexer
{
public:
    struct Token
    {
        enum class Type { Identifier, String, Number, Date, DateTime, Symbol, End };
        Type type = Type::End;
        QString text; // identifier / symbol / literal as written; String: the body between the quotes
        qsizetype position = 0;
    };

    // The tokens of `text`, ending with an End token; false with *error set for an unterminated string or a
    // character SOQL does not know.
    static bool tokenize(const QString &text, QList<Token> *tokens, SoqlError *error);
};

} // namespace sfsync::localorg
