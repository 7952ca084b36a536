package org.citeqa.answer;

/** One earlier turn of a conversation: {@code role} is user or assistant. */
public record Turn(String role, String content) {

    public static final String USER = "user";
    public static final String ASSISTANT = "assistant";

    public boolean fromUser() {
        return USER.equals(role);
    }
}
