package org.rahnama.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WebMarkdownTest {

    @Test
    void markupInAnswersOrMessages_isEscaped_onlyOurOwnTagsAreHtml() {
        String html = WebMarkdown.html("**Titre** <script>alert(1)</script> \"x\" & 'y'\n<img src=x onerror=alert(1)>");
        assertThat(html).isEqualTo("<p><strong>Titre</strong> &lt;script&gt;alert(1)&lt;/script&gt; &quot;x&quot; &amp; &#39;y&#39;</p>"
                + "<p>&lt;img src=x onerror=alert(1)&gt;</p>");
    }

    @Test
    void listsHeadingsAndBareLinks_becomeHtml_andLinesUnderAnItemStayInIt() {
        String html = WebMarkdown.html("## Étapes\n1. Remplissez\n2. Déposez\n\n- **CAF**: Caf de Paris\n"
                + "12 rue X (1.3 km)\n☎ 01 46 28 42 12\nVoir https://www.caf.fr/aide.");
        assertThat(html).isEqualTo("<p class=\"h\"><strong>Étapes</strong></p><ol><li>Remplissez</li><li>Déposez</li></ol>"
                + "<ul><li><strong>CAF</strong>: Caf de Paris<br>12 rue X (1.3 km)<br>☎ <a href=\"tel:0146284212\">01 46 28 42 12</a>"
                + "<br>Voir <a href=\"https://www.caf.fr/aide\" rel=\"noopener noreferrer\">https://www.caf.fr/aide</a>.</li></ul>");
    }

    @Test
    void aLinkCannotCarryAQuoteOutOfItsAttribute() {
        assertThat(WebMarkdown.inline("https://a.fr/\"onmouseover=\"x")).doesNotContain("\"onmouseover");
    }

    @Test
    void helplines_keepTheirPhoneSign_andTheirNumberCanBeCalled() {
        assertThat(WebMarkdown.html("**Call:**\n📞 **15**: SAMU")).isEqualTo(
                "<p><strong>Call:</strong></p><ul><li>📞 <strong><a href=\"tel:15\">15</a></strong>: SAMU</li></ul>");
    }
}
