package io.github.ajiss4j.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ajiss4j.model.Commentary;
import io.github.ajiss4j.model.Diagnostic;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RenderersTest {

  record Fixed(String name, Set<String> aliases) implements Renderer {
    @Override
    public String mediaType() {
      return "text/plain";
    }

    @Override
    public String fileExtension() {
      return name;
    }

    @Override
    public List<Diagnostic> render(Commentary commentary, Appendable out) throws IOException {
      out.append(name).append(':').append(String.valueOf(commentary.number()));
      return List.of();
    }
  }

  @Test
  void looksUpNamesAndAliasesIgnoringCase() {
    Renderer a = new Fixed("alpha", Set.of("a1"));
    Renderer b = new Fixed("beta", Set.of());
    Renderers renderers = Renderers.of(b, a, new Fixed("alpha", Set.of("other")));
    assertThat(renderers.get("ALPHA")).isSameAs(a);
    assertThat(renderers.get(" a1 ")).isSameAs(a);
    assertThat(renderers.find("other")).isEmpty();
    assertThat(renderers.names()).containsExactly("alpha", "beta");
    assertThat(renderers.all()).containsExactly(a, b);
  }

  @Test
  void theBuiltInRenderersAreTheOnesTheServiceFileDeclares() {
    assertThat(Renderers.builtIn().names()).isEqualTo(Renderers.load().names());
    for (Renderer r : Renderers.load().all()) {
      assertThat(Renderers.builtIn().get(r.name())).isExactlyInstanceOf(r.getClass());
    }
    assertThat(Renderers.builtIn()).isSameAs(Renderers.builtIn());
  }

  @Test
  void unknownNameListsKnownNames() {
    Renderers renderers = Renderers.of(new Fixed("beta", Set.of()), new Fixed("alpha", Set.of()));
    assertThatThrownBy(() -> renderers.get("docx"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown format \"docx\"; known: alpha, beta");
  }
}
