package org.citeqa.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class FollowUpResolverTest {

    private final FollowUpResolver resolver = new FollowUpResolver();

    private String after(String previous, String question) {
        return resolver.standalone(question, List.of(new Turn("user", previous), new Turn("assistant", "An answer.")));
    }

    @Test
    void aPronounSubjectBecomesThePreviousQuestionsSubject() {
        assertEquals("Who refused the model that Serbia proposed for Kosovo at the Vienna round on November 5?",
                after("Which model did Serbia propose for Kosovo at the Vienna round on November 5?", "Who refused it?"));
        assertEquals("When was the one who led the Kosovo Albanian delegation at Rambouillet born?",
                after("Who led the Kosovo Albanian delegation at Rambouillet?", "When was he born?"));
        assertEquals("Who drafted what the Contact Group presented in 2005?",
                after("What did the Contact Group present in 2005?", "Who drafted it?"));
    }

    @Test
    void aQuestionWithoutSubjectGetsThePreviousOneInBrackets() {
        assertEquals("Why (Which country recognised Kosovo first)?", after("Which country recognised Kosovo first?", "Why?"));
    }

    @Test
    void aQuestionWithItsOwnSubjectOrNoHistoryIsKept() {
        assertEquals("Who led the delegation?", after("Which plan failed?", "Who led the delegation?"));
        assertEquals("Who refused it?", resolver.standalone("Who refused it?", List.of()));
    }
}
