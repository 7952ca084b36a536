package org.citeqa.answer;

/** What kind of thing a question asks for, read from its question words. */
public enum AnswerType {
    /** when, what date, which year */
    DATE,
    /** how many, how much, what share, what percentage */
    QUANTITY,
    /** who, whose, which person or body */
    ACTOR,
    /** where, in which city or country */
    PLACE,
    /** why */
    REASON,
    /** anything else: what, which, how */
    OTHER
}
