package org.citeqa.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class FollowUpResolverTest {

    private final FollowUpResolver resolver = new FollowUpResolver();

    private String after(String previous, String answer, String question) {
        return resolver.standalone(question, List.of(new Turn("user", previous), new Turn("assistant", answer)));
    }

    @Test
    void aPronounStandsForTheNameThePreviousAnswerEstablished() {
        String asked = "Who was appointed UN Special Envoy for Kosovo's status?";
        String answer = "Martti Ahtisaari was appointed UN Special Envoy for Kosovo's status in November 2005. [1]";
        assertEquals("When did Martti Ahtisaari arrive in Pristina?", after(asked, answer, "When did he arrive in Pristina?"));
        assertEquals("Who appointed Martti Ahtisaari?", after(asked, answer, "Who appointed him?"));
        assertEquals("When did Martti Ahtisaari's mission end?", after(asked, answer, "When did his mission end?"));
        assertEquals("What did Hashim Thaci sign?", after("Who led the Kosovo Albanian delegation at Rambouillet?",
                "The delegation was led by KLA representative Hashim Thaci. [1]", "What did he sign?"));
        assertEquals("When was the KLA founded?", after("Who led the Kosovo Albanian delegation at Rambouillet?",
                "The delegation was led by KLA representative Hashim Thaci. [1]", "When was this KLA founded?"));
    }

    @Test
    void aPronounAfterAQuestionAboutANameStaysWithThatName() {
        // The answer names a place and people; the conversation is still about the accord or the ship.
        assertEquals("Who ratified the Lindqvist Accord?", after("When was the Lindqvist Accord signed?",
                "The agreement was signed in Tromsø on 12 March 1931 by the governors of both islands. [1]",
                "Who ratified it?"));
        assertEquals("Who owned the Sea Aster?", after("What was the Sea Aster?",
                "The Sea Aster was a three-masted schooner built in Gdansk in 1884 for the Baltic timber trade. [1]",
                "Who owned it?"));
        assertEquals("Where did Edda Marlowe study?", after("When did Edda Marlowe found the observatory?",
                "It was founded in 1871 by the hydrographer Edda Marlowe, who had surveyed the northern channel for the "
                        + "Admiralty. [1]", "Where did she study?"));
        // A question asking for a name: its answer is what comes next.
        assertEquals("When did Jonas Quill die?", after("Who succeeded Edda Marlowe?",
                "Marlowe's successor, the astronomer Jonas Quill, directed the observatory from 1889 to 1921. [1]",
                "When did he die?"));
    }

    @Test
    void aNameKeepsThePhraseItHeads() {
        assertEquals("Who refused the model of Hong Kong?", after("Which model did Serbia propose at the Vienna round?",
                "Serbia proposed the model of Hong Kong [1].", "Who refused it?"));
    }

    @Test
    void namesAreFoundByTheirFormNotByAList() {
        assertEquals(List.of("Martti Ahtisaari", "UN Special Envoy", "Kosovo"),
                Names.in("Martti Ahtisaari was appointed UN Special Envoy for Kosovo's status in November 2005."));
        assertEquals(List.of("Republic of Kosovo", "Serbia"),
                Names.in("The Republic of Kosovo declared independence from Serbia. Serbia refused."));
        assertEquals(List.of(), Names.in("Tensions rose. The documents do not answer this question."));
    }

    @Test
    void withoutANewNameThePronounStandsForThePreviousQuestionsSubject() {
        assertEquals("Who refused the model that Serbia proposed for Kosovo at the Vienna round on November 5?",
                after("Which model did Serbia propose for Kosovo at the Vienna round on November 5?",
                        "The documents do not answer this question.", "Who refused it?"));
        assertEquals("When was the one who led the Kosovo Albanian delegation at Rambouillet born?",
                after("Who led the Kosovo Albanian delegation at Rambouillet?", "The Kosovo Albanian delegation at "
                        + "Rambouillet was led by its chief negotiator.", "When was he born?"));
        assertEquals("Who drafted what the Contact Group presented in 2005?",
                resolver.standalone("Who drafted it?", List.of(new Turn("user", "What did the Contact Group present in 2005?"))));
    }

    @Test
    void aDemonstrativeWithANounTakesOnlyANameThatFitsIt() {
        String answer = "In March 2007 the Ahtisaari Plan was presented to the Security Council by Martti Ahtisaari.";
        assertEquals("Who rejected the Ahtisaari Plan?", after("What was presented in March 2007?", answer,
                "Who rejected this plan?"));
        assertEquals("Who rejected that agreement?", after("What was presented in March 2007?", answer,
                "Who rejected that agreement?"));
    }

    @Test
    void whenNothingResolvesTheQuestionIsAskedAsItIs() {
        assertEquals("Who refused it?", resolver.standalone("Who refused it?", List.of()));
        assertEquals("Who refused it?", after("Tell me more.", "The documents do not answer this question.",
                "Who refused it?"));
        assertEquals("Who led the delegation?", after("Which plan failed?", "An answer.", "Who led the delegation?"));
    }

    @Test
    void aQuestionWithoutSubjectGetsThePreviousOneInBrackets() {
        assertEquals("Why (Which country recognised Kosovo first)?",
                after("Which country recognised Kosovo first?", "The documents do not answer this question.", "Why?"));
    }

    @Test
    void itAfterAQuestionAnsweredWithAPersonStandsForWhatThatQuestionNamed() {
        assertEquals("When was the Tarnholm Merchants' Guild founded?", after("Who leads the Tarnholm Merchants' Guild?",
                "Leni Asgaard leads it. [1]", "When was it founded?"));
        assertEquals("Where is the Tarnholm Merchants' Guild's hall?", after("Who leads the Tarnholm Merchants' Guild?",
                "Leni Asgaard leads it. [1]", "Where is its hall?"));
        assertEquals("When was it founded?", after("Who leads the guild?", "Leni Asgaard leads it. [1]",
                "When was it founded?"));
        assertEquals("When was Leni Asgaard elected?", after("Who leads the guild?", "Leni Asgaard leads it. [1]",
                "When was she elected?"));
        assertEquals("How long was the Kessin Bridge?", after("When was the Kessin Bridge built?",
                "It was built in 1842. [1]", "How long was it?"));
    }
}
