import { ApolloProvider } from "@apollo/client";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { BrowserRouter } from "react-router";
import { createApolloClient } from "./apollo";
import { App } from "./App";
import { I18nProvider } from "./i18n/I18nProvider";
import { AntdProvider } from "./ui/AntdProvider";
import "./styles.css";

const client = createApolloClient();

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");
createRoot(root).render(
  <StrictMode>
    <I18nProvider>
      <AntdProvider>
        <ApolloProvider client={client}>
          <BrowserRouter>
            <App />
          </BrowserRouter>
        </ApolloProvider>
      </AntdProvider>
    </I18nProvider>
  </StrictMode>,
);
