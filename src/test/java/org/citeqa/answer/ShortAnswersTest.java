package org.citeqa.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.citeqa.index.EnglishAnalysis;
import org.citeqa.language.Tagger;
import org.citeqa.language.WordNet;
import org.citeqa.verify.Agreement;
import org.citeqa.verify.StatementReader;
import org.citeqa.chunk.Span;
import org.junit.jupiter.api.Test;

/** Which value of a quote is shown in bold as the short answer, on made-up sentences with real WordNet. */
class ShortAnswersTest {

    private static final WordNet WORDNET = new WordNet();
    private static final EnglishAnalysis ANALYSIS = new EnglishAnalysis(WORDNET);
    private static final Agreement AGREEMENT = new Agreement(new StatementReader(ANALYSIS, new Tagger(), WORDNET));
    private final ShortAnswers shortAnswers = new ShortAnswers(ANALYSIS, new NameRoles(WORDNET), AGREEMENT);
    private final QuestionAnalyzer questions = new QuestionAnalyzer(ANALYSIS, new Tagger(), WORDNET);

    private Optional<String> shortAnswer(String question, String quote) {
        Citation citation = new Citation(1, "doc", "Doc", "doc#0", quote, quote, 100, 100 + quote.length());
        return shortAnswers.find(questions.analyze(question), citation).map(s -> {
            assertEquals(quote.substring(s.start() - 100, s.end() - 100), s.text(), "offsets in the document");
            return s.text();
        });
    }

    @Test
    void theNameAmongTheQuestionsWordsBeatsOneThatMerelyTouchesOne() {
        assertEquals(Optional.of("Edda Marlowe"), shortAnswer("Who led the Valdorian trade delegation?",
                "Talks resumed in March, when the delegation of Mereland was headed first by its deputy premier, "
                        + "followed by the Valdorian trade delegation led by KLP representative Edda Marlowe."));
    }

    @Test
    void aNameSharingWordsWithTheQuestionIsWhatWasAskedAboutNotTheAnswer() {
        assertEquals(Optional.of("Lord Alden Pryce"), shortAnswer("Who acted as rapporteur for the Council of Ministers?",
                "The text was presented by Lord Alden Pryce as the Council of Ministers Parliament rapporteur."));
    }

    @Test
    void theOnlyNameBeingWhatTheQuestionIsAboutGivesNoShortAnswer() {
        String quote = "The Harl Lighthouse was not damaged in the earthquake. The lighthouse was repainted in 1990 "
                + "by a local firm.";
        assertEquals(Optional.empty(), shortAnswer("Who repainted the lighthouse?", quote),
                "the lighthouse is what was asked about");
        assertEquals(Optional.of("Dunlow City"), shortAnswer("In which city was the archive founded?",
                "The archive was founded in Dunlow City in 1970."), "the kind of thing asked for may be in the name");
    }

    @Test
    void aPersonAskedForByTheNounAfterWhichIsAShortAnswer() {
        String quote = "However, the chairman of the Varrish Assembly, Tomas Orlev, said the treaty would encourage "
                + "separatism in many countries.";
        assertEquals(Optional.of("Tomas Orlev"), shortAnswer(
                "Which Varrish parliamentary leader warned that the treaty would fuel separatism?", quote));
        assertEquals(Optional.empty(), shortAnswer("What did the Varrish parliamentary leader warn of?", quote));
    }

    @Test
    void aPlaceAskedForByTheNounAfterWhatGetsNoShortAnswer() {
        // Several places stand in such quotes, the asked one among them; the quote answers without a bold guess.
        assertEquals(Optional.empty(), shortAnswer("In what district is Harl Market located?",
                "Harl Market lies in Dunlow, a district of Ostmark in Varland."));
    }

    @Test
    void aPartOfAWholeCountsWhatTheWholeCounts() {
        String quote = "Of the 27 members of the Northern League, 23 (86%) have recognised the islands.";
        assertEquals(Optional.of("23"), shortAnswer("How many members of the Northern League have recognised the islands?",
                quote), "23 of the 27 members recognised them");
        assertEquals(Optional.of("27"), shortAnswer("How many members does the Northern League have?", quote));
        assertEquals(Optional.of("12"), shortAnswer("How many keepers were lost at sea?",
                "Of the harbour's keepers, 12 of the 40 keepers were lost at sea in the storm."));
        assertEquals(Optional.of("780"), shortAnswer("How many soldiers did the garrison have?",
                "The garrison numbered 780 (8%) out of a total of 10,000 soldiers in the region."));
    }

    @Test
    void anAdjectiveBeforeANounDescribesItDoesNotName() {
        assertEquals(Optional.of("Lina Holm"), shortAnswer("Who headed the herbarium?",
                "The herbarium was headed by the Swedish botanist Lina Holm until 2012."));
    }

    @Test
    void aNameAfterAnArticleBeforeANounDescribesIt() {
        assertEquals(Optional.empty(), shortAnswer("Who was Mereland's foreign minister when Corvath recognised it?",
                "On June 26, 2013 Corvath recognised Mereland, a milestone for the Baltan country's long pursuit."),
                "\"the Baltan country\" names nobody");
        assertEquals(Optional.of("Edda Marlowe"), shortAnswer("Who recognised Mereland?",
                "After the Baltan talks Edda Marlowe recognised Mereland."), "before a name, not a noun");
    }

    @Test
    void aConjunctionStartingTheSentenceIsNoPartOfTheName() {
        assertEquals(Optional.of("Valdorian Council"), shortAnswer("Who met in the spring?",
                "When the Valdorian Council met in the spring, the herbarium was founded."),
                "the name, without the conjunction and the article");
    }

    @Test
    void aCapitalisedFirstWordMakesNoName() {
        assertEquals(Optional.empty(), shortAnswer("Who recognised Mereland in 2013?",
                "On June 26, 2013 the council recognised Mereland."), "\"On June\" names nobody");
    }

    @Test
    void theAcronymOfWhatTheQuestionNamesIsNoAnswer() {
        assertEquals(Optional.empty(), shortAnswer("Who took over from Alden Pryce as head of the Corvath Maritime Office?",
                "Alden Pryce headed the CMO until 2012."));
    }

    @Test
    void whatTheQuestionWritesAsInitialsIsNoAnswer() {
        assertEquals(Optional.of("Corvath"), shortAnswer("Which NTC members besides the founders stayed out?",
                "The vote was lost when Corvath stayed out; no Northern Trade Compact members besides the founders did."));
    }

    @Test
    void aLabelIsNoName() {
        assertEquals(Optional.of("Jonas Quill"), shortAnswer("Who keeps the Wend lock?",
                "Lock: Wend; Opened: 1902; Keeper: Jonas Quill"));
    }

    @Test
    void aDateTheQuestionStatesIsNoAnswer() {
        assertEquals(Optional.of("2015"), shortAnswer("When did Lina Holm return after leaving on June 26, 2013?",
                "Lina Holm left the herbarium on June 26, 2013 and returned to it in 2015."));
    }

    @Test
    void aNumberOfWhatTheQuestionCountsBeatsOthers() {
        assertEquals(Optional.of("52"), shortAnswer("How many nominations has the Valdorian choir had?",
                "The Valdorian choir has won 20 prizes and holds the record of 52 nominations."));
    }

    @Test
    void datesReferencesAndALoneOneAreNoQuantities() {
        assertEquals(Optional.of("six"), shortAnswer("How many prizes did the choir win?",
                "In 2010 the choir won six prizes in one night at the Corvath festival."));
        assertEquals(Optional.of("$24 million"), shortAnswer("How much did the tour gross?",
                "The tour opened on April 15 and grossed over $24 million.[note 1]"));
        assertEquals(Optional.of("2000"), shortAnswer("How many soldiers were sent?",
                "In 1999, 2000 soldiers were sent."), "a year-like number counting what is asked");
    }

    @Test
    void aNameLinkedToTheQuestionsVerbBeatsOneMerelyNearIt() {
        assertEquals(Optional.of("Lina Holm"), shortAnswer("Who orchestrated the Corvath suite?",
                "The Corvath suite was choreographed by Edda Marlowe and orchestrated by Lina Holm."));
        assertEquals(Optional.of("Alden Pryce"), shortAnswer("Who did Edda Marlowe write to about the suite?",
                "About the suite Edda Marlowe wrote to Alden Pryce, whom Lina Holm disliked."));
    }

    @Test
    void whatTheDocumentIsAboutIsRarelyTheAnswer() {
        String text = "Alden Pryce met Lina Holm in Corvath.";
        Citation citation = new Citation(1, "doc", "Alden Pryce", "doc#0", text, text, 0, text.length());
        assertEquals("Lina Holm", shortAnswers.find(questions.analyze("Who was met in Corvath?"), citation)
                .orElseThrow().text());
    }

    @Test
    void theValueSaidWithTheQuestionsVerbBeatsTheFirstOfItsKind() {
        String hall = "The guild's hall, built in 1811, burned down in 1899 and was rebuilt in 1902.";
        assertEquals(Optional.of("1899"), shortAnswer("When did the guild hall burn down?", hall));
        assertEquals(Optional.of("1811"), shortAnswer("When was the guild hall built?", hall));
    }

    @Test
    void aValueInAClauseAboutAnotherYearDoesNotAnswerAQuestionAboutThisOne() {
        assertEquals(Optional.of("23,500"), shortAnswer("How many visitors attended the 2019 festival?",
                "About 18,000 visitors attended the 2018 festival, while the 2019 festival drew 23,500."));
    }

    @Test
    void aValueInAnItemOfAListAboutAnotherYearDoesNotAnswerAQuestionAboutThisOne() {
        String crossings = "The ferry's logs give the yearly crossings: 14,800 in 1895, 23,100 in 1910, and 40,200 in"
                + " 1925, when cars made up a fifth of the total.";
        assertEquals(Optional.of("40,200"), shortAnswer("How many crossings were recorded in 1925?", crossings));
        assertEquals(Optional.of("23,100"), shortAnswer("How many crossings were recorded in 1910?", crossings));
        assertEquals(Optional.of("40,200"), shortAnswer("How many crossings were recorded in 1925?",
                "In 1925, 40,200 crossings were recorded, against 14,800 in 1895."),
                "the year opening the sentence ties the value after its comma");
    }

    @Test
    void theAgentOfTheQuestionsVerbAnswersItThoughItSharesAWordWithItsSubject() {
        assertEquals(Optional.of("Aldo Kessin"), shortAnswer("Who built the Kessin Bridge?",
                "The Kessin Bridge crossed the river Oskeda near Tarnholm. It was built in 1842 by the carpenter "
                        + "Aldo Kessin and his brother Pell Kessin."));
        assertEquals(Optional.empty(), shortAnswer("Who repainted the lighthouse?",
                "The Harl Lighthouse was repainted in 1990."));
    }

    /** The short answer of a two-sentence quote whose answering sentence is the first or the second. */
    private Optional<String> shortAnswer(String question, String first, String second, boolean answeringFirst) {
        String quote = first + " " + second;
        Citation citation = new Citation(1, "doc", "Doc", "doc#0", quote, quote, 100, 100 + quote.length());
        Span one = new Span(100, 100 + first.length());
        Span two = new Span(101 + first.length(), 100 + quote.length());
        return shortAnswers.find(questions.analyze(question), citation, List.of(one, two), answeringFirst ? one : two)
                .map(ShortAnswer::text);
    }

    @Test
    void theAnswerIsSaidInTheSentenceThatStatesTheQuestionsVerb() {
        String proposed = "The canal was proposed by a group of coal merchants who wanted a cheaper way to move coal.";
        String engineer = "The engineer was Robert Hale, who had worked on canals in the north.";
        assertEquals(Optional.empty(), shortAnswer("Who proposed the canal?", proposed, engineer, true),
                "the merchants are no name, and the engineer did not propose it");
        assertEquals(Optional.of("Robert Hale"), shortAnswer("Who was the canal's engineer?", proposed, engineer, false));
        String opened = "The Dunmore Canal links the river Esk with the port of Saltry.";
        String year = "It was opened in 1794 after six years of work.";
        assertEquals(Optional.of("1794"), shortAnswer("When was the Dunmore Canal opened?", opened, year, false));
        assertEquals(Optional.of("1794"), shortAnswer("When was the Dunmore Canal opened?", year, opened, true));
    }

    /** "who" after a name is a relative pronoun, not the WHO: the name after "from" stays a place and answers "from?". */
    @Test
    void aRelativePronounAfterANameNamesNoBody() {
        assertEquals(Optional.of("Lorraine"), shortAnswer("Where was Pell Kessin's father from?",
                "Pell's father, Nicolas Kessin, was a Frenchman from Lorraine who had emigrated to Poland in 1787."));
    }

    /** A life span in brackets after a name is said of the name, not of what the sentence says happened. */
    @Test
    void aSpanInBracketsAfterANameIsAnAside() {
        assertEquals(Optional.of("1642"), shortAnswer("When did the fifth abbot gain control over the valley?",
                "The fifth abbot, Ren Dolma (1617–1682), gained control over the whole valley in 1642."));
        assertEquals(Optional.of("1617–1682"), shortAnswer("When did the fifth abbot live?",
                "The fifth abbot, Ren Dolma (1617–1682), was a scholar."), "the only date still answers");
    }

    @Test
    void aNameIsTheSubjectOfTheRelativeClauseAfterIt() {
        assertEquals(Optional.of("Lina Holm"), shortAnswer("Who paid for the Corvath funeral?",
                "The Corvath funeral was arranged by Lina Holm, who also paid for the return of"
                        + " Alden Pryce to Tarnholm."));
    }

    @Test
    void aNameDescribedByTheQuestionsWordsAnswersThoughItSharesAWordWithIt() {
        assertEquals(Optional.of("Edda Holm"), shortAnswer("Who was Orvald Holm's nominal superior?",
                "Lina Pryce writes that Orvald Holm's move was an attempt to please his nominal superior, Edda Holm."));
        assertEquals(Optional.of("Alden Pryce"), shortAnswer("Who was Orvald Holm's worthy successor?",
                "In the opinion of Orvald Marsh, his one worthy successor among the weavers was Alden Pryce."),
                "a clause after a name does not describe it");
    }

    @Test
    void aWholeBrokenIntoPartsAnswersWithThePartWhosePhraseTheQuestionAsksAbout() {
        String boats = "The council ordered 90 boats, of which 60 were built in Tarnholm and 30 were bought from Corvath.";
        assertEquals(Optional.of("30"), shortAnswer("How many boats were bought?", boats));
        assertEquals(Optional.of("90"), shortAnswer("How many boats did the council order?", boats));
    }

    @Test
    void aConversionInBracketsAfterAValueIsAnAside() {
        assertEquals(Optional.of("14 miles"), shortAnswer("How long are the public beaches of Corvath together in miles?",
                "Corvath has 2,000 acres (8 km2) of parkland and 14 miles (23 km) of public beaches."));
        assertEquals(Optional.of("22"), shortAnswer("How many of the rescuers came from the coast guard?",
                "The rescue team had 41 members (17 from the navy, 22 from the coast guard and two pilots)."),
                "several numbers in brackets break the value down: each is a value of its own");
    }

    @Test
    void howMuchAsksAnAmountNotACount() {
        assertEquals(Optional.of("$119.5 million"), shortAnswer("How much did the Valdorian choir's tour make?",
                "The Valdorian choir's second tour, of 108 shows, grossed $119.5 million."));
        assertEquals(Optional.of("$24 million"), shortAnswer("How much money did the Valdorian tour make?",
                "The Valdorian tour, which ran for 30 weeks, made $24 million."),
                "a sum of money answers \"how much money\"");
    }

    @Test
    void aMeasureIsNoCountOfMembers() {
        String record = "The race record, 9 minutes 41 seconds, was set in 2011 by the crew of the Lesk Rowing Club.";
        assertEquals(Optional.empty(), shortAnswer("How many members does the Lesk Rowing Club have?", record));
        assertEquals(Optional.of("214 metres"), shortAnswer("How many metres long is the bridge?",
                "The bridge is 214 metres long and has seven arches."));
    }

    @Test
    void aLifeSpanAnswersBirthWithItsStartAndDeathWithItsEnd() {
        String quote = "Mara Quill (3 May 1889 – 14 June 1961) was a botanist who catalogued the flora of Hollin.";
        assertEquals(Optional.of("3 May 1889"), shortAnswer("What year was Mara Quill born?", quote));
        assertEquals(Optional.of("14 June 1961"), shortAnswer("When did Mara Quill die?", quote));
        String years = "Ilse Varga (1889–1961) was a botanist who catalogued the alpine flora of the Carrow Mountains.";
        assertEquals(Optional.of("1889"), shortAnswer("When was Ilse Varga born?", years), "a span written as one");
        assertEquals(Optional.of("1961"), shortAnswer("In what year did Ilse Varga die?", years));
        assertEquals(Optional.of("1889–1961"), shortAnswer("When did Ilse Varga live?", years));
    }

    @Test
    void aChangeAnswersWithTheAmountItReached() {
        // "rose from £1.80 to £2.10": the fare is now £2.10; the question must ask for the start to get £1.80.
        String quote = "A single adult fare on the Holm ferry rose from £1.80 to £2.10 in 2022.";
        assertEquals(Optional.of("£2.10"), shortAnswer("How much is a single adult fare on the Holm ferry?", quote));
        assertEquals(Optional.of("£1.80"), shortAnswer("How much did a single adult fare on the Holm ferry cost before "
                + "2022?", quote));
        assertEquals(Optional.of("1907 to 1911"), shortAnswer("When did Mara Quill study at Hollin?",
                "Mara Quill studied at Hollin from 1907 to 1911."), "a span of years is no change of an amount");
    }

    @Test
    void aMeasureKeepsItsUnit() {
        assertEquals(Optional.of("31 metres"), shortAnswer("How tall is the tower?",
                "The tower is 31 metres tall and was built from granite quarried at Pellan."));
        assertEquals(Optional.of("22 nautical miles"), shortAnswer("How far can the electric lamp be seen?",
                "In 1921 the oil lamp was replaced by an electric lamp that can be seen 22 nautical miles away."),
                "an adjective may stand before the unit");
        assertEquals(Optional.of("nine days"), shortAnswer("How long was Branmouth cut off?",
                "The town of Branmouth was cut off for nine days."));
        assertEquals(Optional.of("Two"), shortAnswer("How many workers died building the gallery?",
                "Two workers died during the building of the lantern gallery."), "workers are no unit");
        assertEquals(Optional.of("$61.3 billion"), shortAnswer("How much money did tourism bring Corvath?",
                "Tourism brought Corvath $61.3 billion in 2014."), "\"in\" is a grammar word, not inches");
        assertEquals(Optional.of("46.5 million"), shortAnswer("How much office space did Dunlow have in 2015?",
                "Dunlow had 46.5 million m2 of office space in 2015."), "\"m\" of \"m2\" is no word");
        assertEquals(Optional.of("73"), shortAnswer("How many pennants have Dunlow teams won?",
                "Dunlow teams have 73 pennants won between them."), "a noun before a unit is no modifier of it");
    }

    @Test
    void anotherOfAFamilyTheQuestionNamesAnswers() {
        String quote = "The first principal keeper was Mara Quill, who served until 1888. She was succeeded by her "
                + "nephew, Edwin Quill.";
        assertEquals(Optional.of("Edwin Quill"), shortAnswer("Who succeeded Mara Quill?", quote));
        assertEquals(Optional.empty(), shortAnswer("Who was Quill's teacher?",
                "Edwin Quill studied in Dunlow for three years."), "the family name alone may be the same person");
        assertEquals(Optional.empty(), shortAnswer("Who founded the Quill Company?",
                "The Quill Trading Company was founded in 1888."), "a common word makes no given name");
    }

    @Test
    void theNumberRightBeforeTheCountedWordCountsIt() {
        // the question's "cross" stands within reach of 160 too, but 160 counts its own noun first
        String quote = "Today about 48,000 vehicles and 160 trains cross the Oskel Bridge every day.";
        assertEquals(Optional.of("48,000"), shortAnswer("How many vehicles cross the Oskel Bridge every day?", quote));
        assertEquals(Optional.of("160"), shortAnswer("How many trains cross the Oskel Bridge every day?", quote));
    }

    @Test
    void aClauseSayingAnotherCaseOfTheSameFrameIsNoAnswer() {
        String quote = "In summer up to 35 scientists live at the Varne station; in winter the crew falls to six.";
        assertEquals(Optional.of("six"), shortAnswer("How many people live at the Varne station in winter?", quote),
                "\"in summer\" is another season than the question's");
        assertEquals(Optional.of("35"), shortAnswer("How many people live at the Varne station in summer?", quote));
        assertEquals(Optional.of("1.9 million"), shortAnswer("How many families were still without permanent homes?",
                "The mayor said that 200,000 homes had been rebuilt, but 1.9 million households were still without "
                        + "permanent shelter."),
                "\"without shelter\" says what \"homes\" does, in another frame than \"homes had been\"");
    }

    @Test
    void aBareAmountBorrowsTheUnitOfTheTotal() {
        assertEquals(Optional.of("9 million"), shortAnswer("How much did the Oskel council pay for the new hall?",
                "The new hall cost 14 million kroner, of which the Oskel council paid 9 million."));
    }

    @Test
    void aPartOfAWholeAfterAPossessiveCountsWhatTheWholeCounts() {
        assertEquals(Optional.of("two"), shortAnswer("How many paper machines did the mill close in 1931?",
                "In 1931, during the depression, it cut its workforce by half and closed two of its four paper "
                        + "machines."));
    }

    @Test
    void aDateTiedToANounOfTheQuestionsVerbIsSaidWithIt() {
        assertEquals(Optional.of("1999"), shortAnswer("When did Ingrid Halden die?",
                "Ingrid Halden chaired the organising committee from 1980 until her death in 1999."),
                "\"death in 1999\", though the clause's verb is \"chaired\"");
    }

    @Test
    void aCountOfTheQuestionsOwnWordsIsNoAmount() {
        String quote = "Edda Varn raised 14,000 crowns from eleven local investors, among them the shipwright Tobias "
                + "Gell.";
        assertEquals(Optional.of("14,000"), shortAnswer("How much capital did Edda Varn collect from local investors?",
                quote), "eleven counts the investors the question names");
        assertEquals(Optional.of("eleven"), shortAnswer("How many local investors did Edda Varn find?", quote));
        assertEquals(Optional.of("$457 million"), shortAnswer("How much did Ostmark receive in donated goods?",
                "Ostmark received $457 million in donated goods, of which $83 million came from abroad."),
                "an amount said with the question's words is still the amount");
    }

    @Test
    void howLongAsksForAMeasure() {
        assertEquals(Optional.of("65 minutes"), shortAnswer("How long did the crossing take after the diesel ships came?",
                "The board bought two diesel ships in 1926, which were a third faster than the steamers and cut the "
                        + "crossing time from 95 minutes to 65 minutes."));
    }

    @Test
    void thePartOfAWholeIsWhatIsAskedOfThePart() {
        String quote = "The new hall cost 27 million crowns, of which 9 million came from a national culture grant.";
        assertEquals(Optional.of("9 million"), shortAnswer("How much of the hall's cost was covered by the culture grant?",
                quote));
        assertEquals(Optional.of("27 million"), shortAnswer("How much did the new hall cost?", quote));
    }
}
