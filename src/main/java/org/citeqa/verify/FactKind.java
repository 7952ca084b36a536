package org.citeqa.verify;

/** The kinds of key content a claim must share with its evidence. */
public enum FactKind {
    YEAR, DATE, MONTH, NUMBER, ORDINAL, PLACE, ORGANISATION, PERSON, NAME;

    boolean isName() {
        return ordinal() >= PLACE.ordinal();
    }

    /** A year, date or month: when something happened. */
    boolean isDate() {
        return this == YEAR || this == DATE || this == MONTH;
    }

    /** Names whose kind is sure enough that another name of the kind is a rival value, not just other content. */
    boolean exclusive() {
        return this == PLACE || this == ORGANISATION || this == PERSON;
    }
}
