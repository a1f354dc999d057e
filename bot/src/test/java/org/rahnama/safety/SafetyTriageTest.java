package org.rahnama.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rahnama.data.DataFolders;
import org.rahnama.data.DataProperties;

/** The safety check as the bot runs it: the rule, and the shipped lexicons with the crisis model trained by the build. */
class SafetyTriageTest {

    private final DataFolders shipped = new DataFolders(new DataProperties(null, null, null, null));
    private final SafetyTriage triage = new SafetyTriage(new CrisisDetector(shipped), new CrisisModel(shipped));

    @Test
    void idiomTheLexiconsKnowToBeHarmless_getsNoAlarm() {
        // The model alone adds up "mort", "hier soir" and "mon fils" into an alarm; the lexicons' harmless phrases
        // ("mort de rire") keep it from reaching the user.
        assertThat(triage.assess("je suis mort de rire avec mon fils hier soir, il parle mieux français que moi")).isEmpty();
    }

    @Test
    void theIssuesOwnExamples_deniedCrisisIsNoAlarm_whileNotWantingToLiveIs() {
        assertThat(triage.assess("I am not suicidal, I need a doctor")).isEmpty();
        assertThat(triage.assess("I don't want to live anymore")).containsExactly(CrisisKind.SUICIDE);
    }

    @Test
    void greeting_getsNoAlarm() {
        assertThat(triage.assess("salam, chetor asti?")).isEmpty();
        assertThat(triage.assess("ሰላም")).isEmpty();
    }

    @Test
    void denial_quietsTheModel_unlessTheModelIsAllButCertain() {
        CrisisKind[] kinds = {null, CrisisKind.VIOLENCE};
        SafetyReading unsure = new SafetyReading(List.of(), true, new CrisisOdds(new double[] {0.01, 0.99}, kinds));
        SafetyReading certain = new SafetyReading(List.of(), true, new CrisisOdds(new double[] {0.0002, 0.9998}, kinds));
        assertThat(unsure.kinds(CrisisModel.ALARM)).isEmpty();
        assertThat(certain.kinds(CrisisModel.ALARM)).containsExactly(CrisisKind.VIOLENCE);
    }

    @Test
    void lexiconPhrase_raisesTheAlarm_whateverTheModelSays() {
        SafetyReading reading = new SafetyReading(List.of(CrisisKind.SUICIDE), false, CrisisOdds.NOTHING);
        assertThat(reading.kinds(CrisisModel.ALARM)).containsExactly(CrisisKind.SUICIDE);
    }
}
