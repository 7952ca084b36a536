package org.citeqa.model;

/** Which kind of server answers: none keeps the service extractive. */
public enum ModelProvider {
    NONE, OPENAI, OLLAMA
}
