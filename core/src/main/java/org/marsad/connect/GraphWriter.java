package org.marsad.connect;

import java.io.IOException;
import java.io.Writer;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes the actors' graph for analysts, streaming: GraphML (opens in Gephi, yEd, Cytoscape,
 * NetworkX; valid against the GraphML 1.0 schema) or CSV (Gephi's node and edge tables). Node
 * ids in GraphML are {@code n0, n1, ...} because entity ids are not all XML name tokens; the
 * entity id is the {@code entity} attribute. Edges are undirected.
 */
public interface GraphWriter extends AutoCloseable {

  /** An actor. */
  record Node(int index, String id, String label, String type, long articles) {}

  /** Two actors seen together, with the evidence counts behind the weight. */
  record Edge(int source, int target, long weight, int articles, int sentences, int events) {}

  void node(Node node) throws IOException;

  void edge(Edge edge) throws IOException;

  @Override
  void close() throws IOException;

  String NS = "http://graphml.graphdrawing.org/xmlns";

  /** GraphML: all nodes must be written before the first edge. */
  static GraphWriter graphMl(Writer out) throws IOException {
    try {
      XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      x.writeStartDocument("UTF-8", "1.0");
      x.writeCharacters("\n");
      x.writeStartElement("graphml");
      x.writeDefaultNamespace(NS);
      x.writeNamespace("xsi", "http://www.w3.org/2001/XMLSchema-instance");
      x.writeAttribute("http://www.w3.org/2001/XMLSchema-instance", "schemaLocation",
          NS + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
      String[][] keys = {
        {"entity", "node", "entity", "string"}, {"label", "node", "label", "string"},
        {"type", "node", "type", "string"}, {"articles", "node", "articles", "long"},
        {"weight", "edge", "weight", "double"}, {"e_articles", "edge", "articles", "int"},
        {"e_sentences", "edge", "sentences", "int"}, {"e_events", "edge", "events", "int"},
      };
      for (String[] k : keys) {
        x.writeCharacters("\n  ");
        x.writeEmptyElement("key");
        x.writeAttribute("id", k[0]);
        x.writeAttribute("for", k[1]);
        x.writeAttribute("attr.name", k[2]);
        x.writeAttribute("attr.type", k[3]);
      }
      x.writeCharacters("\n  ");
      x.writeStartElement("graph");
      x.writeAttribute("id", "actors");
      x.writeAttribute("edgedefault", "undirected");
      return new GraphWriter() {
        int edges;

        @Override
        public void node(Node n) throws IOException {
          try {
            x.writeCharacters("\n    ");
            x.writeStartElement("node");
            x.writeAttribute("id", "n" + n.index());
            data("entity", n.id());
            data("label", n.label());
            data("type", n.type());
            data("articles", Long.toString(n.articles()));
            x.writeEndElement();
          } catch (XMLStreamException e) {
            throw new IOException(e);
          }
        }

        @Override
        public void edge(Edge e) throws IOException {
          try {
            x.writeCharacters("\n    ");
            x.writeStartElement("edge");
            x.writeAttribute("id", "e" + edges++);
            x.writeAttribute("source", "n" + e.source());
            x.writeAttribute("target", "n" + e.target());
            data("weight", Long.toString(e.weight()));
            data("e_articles", Integer.toString(e.articles()));
            data("e_sentences", Integer.toString(e.sentences()));
            data("e_events", Integer.toString(e.events()));
            x.writeEndElement();
          } catch (XMLStreamException ex) {
            throw new IOException(ex);
          }
        }

        private void data(String key, String value) throws XMLStreamException {
          x.writeStartElement("data");
          x.writeAttribute("key", key);
          x.writeCharacters(value == null ? "" : value);
          x.writeEndElement();
        }

        @Override
        public void close() throws IOException {
          try {
            x.writeCharacters("\n  ");
            x.writeEndElement(); // graph
            x.writeCharacters("\n");
            x.writeEndElement(); // graphml
            x.writeCharacters("\n");
            x.writeEndDocument();
            x.close();
            out.flush();
          } catch (XMLStreamException e) {
            throw new IOException(e);
          }
        }
      };
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  /** Gephi's spreadsheet import: {@code Id,Label,...} nodes and {@code Source,Target,...} edges. */
  static GraphWriter csv(Writer nodes, Writer edges) throws IOException {
    nodes.write("Id,Label,entity,type,articles\n");
    edges.write("Source,Target,Type,Weight,articles,sentences,events\n");
    return new GraphWriter() {
      @Override
      public void node(Node n) throws IOException {
        nodes.write("n" + n.index() + "," + csvField(n.label()) + "," + csvField(n.id()) + ","
            + csvField(n.type()) + "," + n.articles() + "\n");
      }

      @Override
      public void edge(Edge e) throws IOException {
        edges.write("n" + e.source() + ",n" + e.target() + ",Undirected," + e.weight() + ","
            + e.articles() + "," + e.sentences() + "," + e.events() + "\n");
      }

      @Override
      public void close() throws IOException {
        nodes.flush();
        edges.flush();
      }
    };
  }

  /** A CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break. */
  static String csvField(String s) {
    if (s == null) return "";
    if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) return s;
    return '"' + s.replace("\"", "\"\"") + '"';
  }
}
