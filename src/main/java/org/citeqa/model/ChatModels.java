package org.citeqa.model;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;

/** The two faces of one configured model: whole answers and streamed ones. */
public record ChatModels(ChatModel chat, StreamingChatModel streaming) {}
