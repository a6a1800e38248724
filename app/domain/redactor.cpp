#include "redactor.h"

#include "textfolding.h"

#include <algorithm>

namespace {

// Words that are never a name on their own.
const QSet<QString> &particles()
{
    static const QSet<QString> words{ QStringLiteral("van"), QStringLiteral("de"), QStringLiteral("der"), QStringLiteral("den"),
                                      QStringLiteral("het"), QStringLiteral("t"), QStringLiteral("ten"), QStringLiteral("ter"),
                                      QStringLiteral("te"), QStringLiteral("in"), QStringLiteral("op"), QStringLiteral("la"),
                                      QStringLiteral("le"), QStringLiteral("du"), QStringLiteral("da"), QStringLiteral("del"),
                                      QStringLiteral("di"), QStringLiteral("el"), QStringLiteral("al"), QStringLiteral("bin"),
                                      QStringLiteral("ben"), QStringLiteral("s") };
    return words;
}

QString joined(const QStringList &words)
{
    return words.join(QLatin1Char(' '));
}

// A bare given name or surname is a variant only when it can be nothing else.
bool usable(const QStringList &words)
{
    if (words.isEmpty())
        return false;
    if (words.size() > 1)
        return true;
    return words.first().size() > 1 && !particles().contains(words.first());
}

} // namespace

Redactor::Redactor(const QList<Person> &persons, const QList<User> &users, const RedactionOptions &options) : m_options(options)
{
    // Labels follow kind, then id: the same people always get the same letters.
    QList<Person> redacted;
    QList<Person> kept;
    for (const Person &p : persons) {
        if (m_names.contains(p.id))
            continue;
        m_names.insert(p.id, p.displayName());
        (options.keptPersons.contains(p.id) ? kept : redacted).append(p);
    }
    const auto rank = [](PersonKind kind) {
        switch (kind) {
        case PersonKind::Leerling: return 0;
        case PersonKind::Ouder: return 1;
        case PersonKind::Medewerker: return 2;
        case PersonKind::Overig: return 3;
        }
        return 4;
    };
    std::sort(redacted.begin(), redacted.end(), [&](const Person &a, const Person &b) {
        return rank(a.kind) != rank(b.kind) ? rank(a.kind) < rank(b.kind) : a.id < b.id;
    });
    int next = 0;
    for (const Person &p : std::as_const(redacted)) {
        QString label;
        switch (p.kind) {
        case PersonKind::Leerling: label = tr("Pupil %1").arg(letters(next++)); break;
        case PersonKind::Ouder: label = tr("Parent %1").arg(letters(next++)); break;
        case PersonKind::Medewerker: label = tr("Staff member %1").arg(letters(next++)); break;
        case PersonKind::Overig: label = tr("Person %1").arg(letters(next++)); break;
        }
        m_labels.insert(p.id, label);
        addRedacted(personVariants(p), label);
    }
    if (!options.nameStaffInRole) {
        for (const User &u : users)
            addRedacted(userVariants(u), tr("School staff %1").arg(letters(next++)));
    }
    // Kept names are protected; a word they share with a redacted person is left for the user.
    const auto keep = [this](const QList<QStringList> &variants) {
        for (const QStringList &words : variants) {
            const QString key = joined(words);
            const auto it = m_variants.find(key);
            if (it == m_variants.end())
                m_variants.insert(key, Owner{ Owner::Kept, QString() });
            else if (it->kind == Owner::Redacted || it->kind == Owner::Several)
                it->kind = Owner::Ambiguous;
            m_longest = std::max(m_longest, int(words.size()));
        }
    };
    for (const Person &p : std::as_const(kept))
        keep(personVariants(p));
    if (options.nameStaffInRole) {
        for (const User &u : users) {
            // A user who is also a redacted person (a teacher involved in the case) is not protected.
            QList<QStringList> own;
            for (const QStringList &words : userVariants(u))
                if (!m_variants.contains(joined(words)))
                    own.append(words);
            keep(own);
        }
    }
    for (const QString &term : options.extraTerms) {
        const QList<Token> words = tokens(term);
        QStringList key;
        for (const Token &t : words)
            key.append(t.folded);
        if (key.isEmpty())
            continue;
        m_variants.insert(joined(key), Owner{ Owner::Term, tr("[redacted]") });
        m_longest = std::max(m_longest, int(key.size()));
    }
}

void Redactor::addRedacted(const QList<QStringList> &variants, const QString &label)
{
    for (const QStringList &words : variants) {
        const QString key = joined(words);
        const auto it = m_variants.find(key);
        if (it == m_variants.end())
            m_variants.insert(key, Owner{ Owner::Redacted, label });
        else if (it->label != label)
            *it = Owner{ Owner::Several, tr("[name]") };
        m_longest = std::max(m_longest, int(words.size()));
    }
}

QString Redactor::letters(int index)
{
    QString result;
    ++index;
    while (index > 0) {
        --index;
        result.prepend(QChar(u'A' + index % 26));
        index /= 26;
    }
    return result;
}

QList<Redactor::Token> Redactor::tokens(const QString &text)
{
    QList<Token> result;
    Token current;
    bool open = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        QString folded;
        if (c.unicode() < 128)
            folded = QChar(c.toLower());
        else if (c.isHighSurrogate() || c.isLowSurrogate())
            folded = QString();     // emoji and the like: a separator
        else
            folded = TextFolding::fold(QString(c));
        const bool mark = c.category() == QChar::Mark_NonSpacing;
        bool letters = !folded.isEmpty();
        for (const QChar f : std::as_const(folded))
            letters = letters && f.isLetterOrNumber();
        if (letters || (mark && open)) {
            if (!open) {
                current = Token{ QString(), i, i };
                open = true;
            }
            current.folded += folded;
            current.end = i + 1;
        } else if (open) {
            result.append(current);
            open = false;
        }
    }
    if (open)
        result.append(current);
    return result;
}

QList<QStringList> Redactor::personVariants(const Person &person)
{
    const auto words = [](const QString &text) {
        QStringList result;
        for (const Token &t : tokens(text))
            result.append(t.folded);
        return result;
    };
    const QStringList surname = words(person.surname);
    const QStringList particle = words(person.tussenvoegsel);
    QList<QStringList> firsts;
    const QStringList given = words(person.givenNames);
    if (!given.isEmpty())
        firsts.append(given);
    for (const QString &g : given)
        firsts.append({ g });
    if (!person.roepnaam.isEmpty())
        firsts.append(words(person.roepnaam));
    QList<QStringList> result;
    const auto add = [&result](const QStringList &variant) {
        if (usable(variant) && !result.contains(variant))
            result.append(variant);
    };
    add(particle + surname);
    add(surname);
    if (surname.size() > 1)
        for (const QString &part : surname)         // double surnames: "Jansen-Bakker"
            add({ part });
    for (const QStringList &first : std::as_const(firsts)) {
        add(first);
        add(first + particle + surname);
        add(first + surname);
        add(surname + first + particle);            // "Hof, Jan van 't"
        add(surname + particle + first);
        add(particle + surname + first);
    }
    QStringList initials;
    for (const QString &g : given)
        initials.append(g.left(1));
    if (!initials.isEmpty() && !surname.isEmpty()) {
        add(QStringList{ initials.first() } + particle + surname);
        add(initials + particle + surname);
        add(surname + initials + particle);
    }
    if (!person.email.isEmpty())
        add(words(person.email));
    return result;
}

QList<QStringList> Redactor::userVariants(const User &user)
{
    QList<QStringList> result;
    const auto add = [&result](const QString &text) {
        QStringList words;
        for (const Token &t : tokens(text))
            words.append(t.folded);
        if (words.size() > 1 && !result.contains(words))      // users are only matched by full names
            result.append(words);
    };
    add(user.displayName);
    add(user.displayName.section(QLatin1Char('('), 0, 0));
    if (!user.email.isEmpty())
        add(user.email);
    return result;
}

QList<Redactor::Piece> Redactor::apply(const QString &text) const
{
    QList<Piece> pieces;
    const QList<Token> words = tokens(text);
    int copied = 0;
    const auto gapOk = [&](int from, int to) {
        // Words of one name stand close together on one line: "Hof, Jan van 't", "jan.devries@…".
        const QStringView gap = QStringView(text).mid(from, to - from);
        return gap.size() <= 3 && !gap.contains(QLatin1Char('\n'));
    };
    for (int p = 0; p < words.size();) {
        int matched = 0;
        const Owner *owner = nullptr;
        QString key;
        for (int len = 1; len <= m_longest && p + len <= words.size(); ++len) {
            if (len > 1) {
                if (!gapOk(words.at(p + len - 2).end, words.at(p + len - 1).start))
                    break;
                key += QLatin1Char(' ');
            }
            key += words.at(p + len - 1).folded;
            const auto it = m_variants.constFind(key);
            if (it != m_variants.cend()) {
                matched = len;
                owner = &it.value();
            }
        }
        if (!owner) {
            ++p;
            continue;
        }
        const int start = words.at(p).start;
        const int end = words.at(p + matched - 1).end;
        if (owner->kind != Owner::Kept) {
            if (start > copied)
                pieces.append(Piece{ text.mid(copied, start - copied), Piece::Plain });
            if (owner->kind == Owner::Ambiguous) {
                const QString original = text.mid(start, end - start);
                pieces.append(Piece{ original, Piece::Ambiguous });
                if (!m_ambiguousSeen.contains(original, Qt::CaseInsensitive))
                    m_ambiguousSeen.append(original);
            } else {
                // "leerling Daan" becomes "Leerling A", not "leerling Leerling A".
                const QString kindWord = owner->label.section(QLatin1Char(' '), 0, 0);
                if (!pieces.isEmpty() && pieces.last().kind == Piece::Plain && !kindWord.isEmpty()) {
                    QString &before = pieces.last().text;
                    const QString trimmed = before.trimmed();
                    if (trimmed.endsWith(kindWord, Qt::CaseInsensitive) && before.size() > trimmed.size()
                        && (trimmed.size() == kindWord.size() || !trimmed.at(trimmed.size() - kindWord.size() - 1).isLetterOrNumber())) {
                        before.chop(before.size() - before.lastIndexOf(trimmed.right(kindWord.size()), -1, Qt::CaseInsensitive));
                        if (before.isEmpty())
                            pieces.removeLast();
                    }
                }
                pieces.append(Piece{ owner->label, Piece::Replaced });
            }
            copied = end;
        }
        p += matched;
    }
    if (copied < text.size())
        pieces.append(Piece{ text.mid(copied), Piece::Plain });
    return pieces;
}

QString Redactor::plain(const QString &text) const
{
    QString result;
    for (const Piece &piece : apply(text))
        result += piece.text;
    return result;
}

QString Redactor::html(const QString &text) const
{
    QString result;
    for (const Piece &piece : apply(text)) {
        QString escaped = piece.text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
        if (m_options.highlight && piece.kind == Piece::Replaced)
            escaped = QStringLiteral("<span style=\"background-color: #ffe27a;\">%1</span>").arg(escaped);
        else if (m_options.highlight && piece.kind == Piece::Ambiguous)
            escaped = QStringLiteral("<span style=\"background-color: #ffb3a7;\">%1</span>").arg(escaped);
        result += escaped;
    }
    return result;
}

QString Redactor::label(qint64 personId) const
{
    return m_labels.value(personId, m_names.value(personId));
}

QString Redactor::notice() const
{
    const QString who = m_names.value(m_options.forPersonId);
    return who.isEmpty() ? tr("Copy in which persons are named by their role (Pupil A, Parent B, …).")
                         : tr("Copy made for %1. Everybody else is named by their role (Pupil A, Parent B, …).").arg(who);
}

QStringList Redactor::ambiguousWords() const
{
    return m_ambiguousSeen;
}
