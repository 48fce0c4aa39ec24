<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt">
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="96"/>
        <source>swarmlab console: orchestration lab for containerized IIoT microservices</source>
        <translation>consola swarmlab: laboratório de orquestração de microsserviços IIoT em contentores</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="99"/>
        <source>Lab file to open (default: the shipped paper-2017 lab).</source>
        <translation>Ficheiro de laboratório a abrir (por omissão: o laboratório paper-2017 incluído).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="100"/>
        <source>Redis URL to use instead of the embedded lab&apos;s own redis-server.</source>
        <translation>URL do Redis a usar em vez do redis-server próprio do laboratório embutido.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="101"/>
        <source>Use the Docker Swarm at this endpoint (unix:///… or tcp://host:port).</source>
        <translation>Usar o Docker Swarm neste endpoint (unix:///… ou tcp://anfitrião:porta).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="102"/>
        <source>Language: en or pt (default: the system&apos;s).</source>
        <translation>Idioma: en ou pt (por omissão: o do sistema).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="103"/>
        <source>Start the embedded lab offscreen, run the paper scenario by drag and drop, save the window as PNG and exit.</source>
        <translation>Iniciar o laboratório embutido fora do ecrã, executar o cenário do artigo por arrastar e largar, guardar a janela em PNG e sair.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="104"/>
        <source>How long the scenario runs before the screenshot (default 16).</source>
        <translation>Quanto tempo o cenário corre antes da captura (por omissão 16).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="105"/>
        <source>Ignore saved settings (start as on a first run).</source>
        <translation>Ignorar as definições guardadas (arrancar como na primeira execução).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="106"/>
        <source>Print when the window was first drawn, then exit.</source>
        <translation>Indicar quando a janela foi desenhada pela primeira vez e sair.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="152"/>
        <source>The lab could not be opened</source>
        <translation>Não foi possível abrir o laboratório</translation>
    </message>
</context>
<context>
    <name>swarmlab</name>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="10"/>
        <source>Enterprise</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="11"/>
        <source>Mediation</source>
        <translation>Mediação</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="12"/>
        <source>Sensing</source>
        <translation>Sensorização</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="13"/>
        <source>Unassigned</source>
        <translation>Sem camada</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="20"/>
        <source>Ready</source>
        <translation>Pronto</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="21"/>
        <source>Down</source>
        <translation>Em baixo</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="22"/>
        <source>Drain</source>
        <translation>Drenado</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="23"/>
        <source>Unknown</source>
        <translation>Desconhecido</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="30"/>
        <source>pending</source>
        <translation>pendente</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="31"/>
        <location filename="../app/gui/TopologyModel.cpp" line="30"/>
        <source>starting</source>
        <translation>a iniciar</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="32"/>
        <location filename="../app/gui/TopologyModel.cpp" line="31"/>
        <source>running</source>
        <translation>em execução</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="33"/>
        <location filename="../app/gui/GuiText.cpp" line="72"/>
        <location filename="../app/gui/TopologyModel.cpp" line="33"/>
        <source>stopping</source>
        <translation>a parar</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="34"/>
        <location filename="../app/gui/TopologyModel.cpp" line="34"/>
        <source>stopped</source>
        <translation>parado</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="35"/>
        <location filename="../app/gui/TopologyModel.cpp" line="35"/>
        <source>failed</source>
        <translation>falhou</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="36"/>
        <source>rejected</source>
        <translation>rejeitado</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="43"/>
        <source>deploy</source>
        <translation>implantar</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="44"/>
        <source>migrate</source>
        <translation>migrar</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="45"/>
        <source>restart</source>
        <translation>reiniciar</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="46"/>
        <source>stop</source>
        <translation>parar</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="47"/>
        <source>scale</source>
        <translation>escalar</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="48"/>
        <source>node down</source>
        <translation>desligar nó</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="49"/>
        <source>node up</source>
        <translation>ligar nó</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="56"/>
        <source>deployed in %1 ms</source>
        <translation>implantado em %1 ms</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="57"/>
        <source>migrated in %1 ms</source>
        <translation>migrado em %1 ms</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="58"/>
        <source>restarted in %1 ms</source>
        <translation>reiniciado em %1 ms</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="59"/>
        <source>stopped in %1 ms</source>
        <translation>parado em %1 ms</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="60"/>
        <source>scaled in %1 ms</source>
        <translation>escalado em %1 ms</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="61"/>
        <source>node down in %1 ms</source>
        <translation>nó desligado em %1 ms</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="62"/>
        <source>node up in %1 ms</source>
        <translation>nó ligado em %1 ms</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="69"/>
        <source>deploying</source>
        <translation>a implantar</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="70"/>
        <source>migrating</source>
        <translation>a migrar</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="71"/>
        <location filename="../app/gui/TopologyModel.cpp" line="32"/>
        <source>restarting</source>
        <translation>a reiniciar</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="73"/>
        <source>scaling</source>
        <translation>a escalar</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="74"/>
        <source>powering off</source>
        <translation>a desligar</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiText.cpp" line="75"/>
        <source>powering on</source>
        <translation>a ligar</translation>
    </message>
    <message>
        <location filename="../app/gui/TopologyItems.cpp" line="110"/>
        <source>Tray</source>
        <translation>Bandeja</translation>
    </message>
    <message>
        <location filename="../app/gui/TopologyItems.cpp" line="119"/>
        <source>manager, cloud side</source>
        <translation>gestor, lado da nuvem</translation>
    </message>
    <message>
        <location filename="../app/gui/TopologyItems.cpp" line="120"/>
        <source>gateways, storage</source>
        <translation>gateways, armazenamento</translation>
    </message>
    <message>
        <location filename="../app/gui/TopologyItems.cpp" line="121"/>
        <source>end devices, displays</source>
        <translation>dispositivos finais, mostradores</translation>
    </message>
    <message>
        <location filename="../app/gui/TopologyItems.cpp" line="123"/>
        <source>nodes without a swarmlab.layer label</source>
        <translation>nós sem a etiqueta swarmlab.layer</translation>
    </message>
    <message>
        <location filename="../app/gui/TopologyItems.cpp" line="137"/>
        <source>Drop to put %1 in the %2 layer</source>
        <translation>Largue para pôr %1 na camada %2</translation>
    </message>
    <message>
        <location filename="../app/gui/TopologyItems.cpp" line="240"/>
        <source>Drop to deploy %1 on %2</source>
        <translation>Largue para implantar %1 em %2</translation>
    </message>
    <message>
        <location filename="../app/gui/TopologyItems.cpp" line="241"/>
        <source>Drop to migrate %1 to %2</source>
        <translation>Largue para migrar %1 para %2</translation>
    </message>
    <message>
        <location filename="../app/gui/TopologyItems.cpp" line="318"/>
        <source>%1 upd/s</source>
        <translation>%1 atual./s</translation>
    </message>
    <message>
        <location filename="../app/gui/TopologyItems.cpp" line="319"/>
        <source>%1 msg/s</source>
        <translation>%1 msg/s</translation>
    </message>
    <message>
        <location filename="../app/gui/TopologyModel.cpp" line="36"/>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
</context>
<context>
    <name>swarmlab::AppSettings</name>
    <message>
        <location filename="../app/gui/AppSettings.cpp" line="42"/>
        <source>&apos;%1&apos; is not a URL; expected redis://host:port or unix:///path/to/socket</source>
        <translation>&apos;%1&apos; não é um URL; esperado redis://anfitrião:porta ou unix:///caminho/para/socket</translation>
    </message>
    <message>
        <location filename="../app/gui/AppSettings.cpp" line="44"/>
        <location filename="../app/gui/AppSettings.cpp" line="64"/>
        <source>&apos;%1&apos; has no socket path</source>
        <translation>&apos;%1&apos; não tem caminho de socket</translation>
    </message>
    <message>
        <location filename="../app/gui/AppSettings.cpp" line="48"/>
        <source>&apos;%1&apos; has scheme &apos;%2&apos;; expected redis:// or unix://</source>
        <translation>&apos;%1&apos; tem o esquema &apos;%2&apos;; esperado redis:// ou unix://</translation>
    </message>
    <message>
        <location filename="../app/gui/AppSettings.cpp" line="49"/>
        <location filename="../app/gui/AppSettings.cpp" line="69"/>
        <source>&apos;%1&apos; has no host</source>
        <translation>&apos;%1&apos; não tem anfitrião</translation>
    </message>
    <message>
        <location filename="../app/gui/AppSettings.cpp" line="50"/>
        <source>&apos;%1&apos; has an invalid port</source>
        <translation>&apos;%1&apos; tem uma porta inválida</translation>
    </message>
    <message>
        <location filename="../app/gui/AppSettings.cpp" line="54"/>
        <source>&apos;%1&apos;: the database after the host must be a number, not &apos;%2&apos;</source>
        <translation>&apos;%1&apos;: a base de dados depois do anfitrião tem de ser um número, não &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../app/gui/AppSettings.cpp" line="61"/>
        <source>&apos;%1&apos; is not an endpoint; expected unix:///var/run/docker.sock or tcp://host:2376</source>
        <translation>&apos;%1&apos; não é um endpoint; esperado unix:///var/run/docker.sock ou tcp://anfitrião:2376</translation>
    </message>
    <message>
        <location filename="../app/gui/AppSettings.cpp" line="68"/>
        <source>&apos;%1&apos; has scheme &apos;%2&apos;; expected unix:// or tcp://</source>
        <translation>&apos;%1&apos; tem o esquema &apos;%2&apos;; esperado unix:// ou tcp://</translation>
    </message>
    <message>
        <location filename="../app/gui/AppSettings.cpp" line="71"/>
        <source>&apos;%1&apos; needs a port between 1 and 65535 (2375 plain, 2376 TLS)</source>
        <translation>&apos;%1&apos; precisa de uma porta entre 1 e 65535 (2375 simples, 2376 TLS)</translation>
    </message>
    <message>
        <location filename="../app/gui/AppSettings.cpp" line="80"/>
        <source>Docker endpoint: %1</source>
        <translation>Endpoint Docker: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/AppSettings.cpp" line="84"/>
        <source>TLS certificates: a folder with ca.pem, cert.pem and key.pem is needed for TLS</source>
        <translation>Certificados TLS: o TLS precisa de uma pasta com ca.pem, cert.pem e key.pem</translation>
    </message>
    <message>
        <location filename="../app/gui/AppSettings.cpp" line="86"/>
        <source>TLS certificates: &apos;%1&apos; is not a folder</source>
        <translation>Certificados TLS: &apos;%1&apos; não é uma pasta</translation>
    </message>
    <message>
        <location filename="../app/gui/AppSettings.cpp" line="91"/>
        <source>TLS certificates: %1 is missing or unreadable</source>
        <translation>Certificados TLS: %1 não existe ou não pode ser lido</translation>
    </message>
    <message>
        <location filename="../app/gui/AppSettings.cpp" line="98"/>
        <source>Redis URL: %1</source>
        <translation>URL do Redis: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/AppSettings.cpp" line="102"/>
        <source>Lab file: &apos;%1&apos; does not exist</source>
        <translation>Ficheiro de laboratório: &apos;%1&apos; não existe</translation>
    </message>
    <message>
        <location filename="../app/gui/AppSettings.cpp" line="103"/>
        <source>Lab file: &apos;%1&apos; cannot be read</source>
        <translation>Ficheiro de laboratório: &apos;%1&apos; não pode ser lido</translation>
    </message>
    <message>
        <location filename="../app/gui/AppSettings.cpp" line="106"/>
        <source>Chart window: %1 s; expected 30 to 600 s</source>
        <translation>Janela dos gráficos: %1 s; esperado 30 a 600 s</translation>
    </message>
    <message>
        <location filename="../app/gui/AppSettings.cpp" line="108"/>
        <source>Language: &apos;%1&apos;; expected en, pt or empty (system)</source>
        <translation>Idioma: &apos;%1&apos;; esperado en, pt ou vazio (sistema)</translation>
    </message>
</context>
<context>
    <name>swarmlab::ChartPanel</name>
    <message>
        <location filename="../app/gui/ChartPanel.cpp" line="44"/>
        <source>lab time (s)</source>
        <translation>tempo do laboratório (s)</translation>
    </message>
    <message>
        <location filename="../app/gui/ChartPanel.cpp" line="96"/>
        <source>Publish and display update rate (Fig. 3)</source>
        <translation>Taxa de publicação e de atualização dos mostradores (Fig. 3)</translation>
    </message>
    <message>
        <location filename="../app/gui/ChartPanel.cpp" line="97"/>
        <source>per second</source>
        <translation>por segundo</translation>
    </message>
    <message>
        <location filename="../app/gui/ChartPanel.cpp" line="98"/>
        <source>Display lag (Fig. 4)</source>
        <translation>Atraso dos mostradores (Fig. 4)</translation>
    </message>
    <message>
        <location filename="../app/gui/ChartPanel.cpp" line="98"/>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <location filename="../app/gui/ChartPanel.cpp" line="101"/>
        <source>Rates chart</source>
        <translation>Gráfico das taxas</translation>
    </message>
    <message>
        <location filename="../app/gui/ChartPanel.cpp" line="102"/>
        <source>Lag chart</source>
        <translation>Gráfico do atraso</translation>
    </message>
    <message>
        <location filename="../app/gui/ChartPanel.cpp" line="106"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../app/gui/ChartPanel.cpp" line="106"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../app/gui/ChartPanel.cpp" line="107"/>
        <source>Time window shown by the charts</source>
        <translation>Janela de tempo mostrada pelos gráficos</translation>
    </message>
    <message>
        <location filename="../app/gui/ChartPanel.cpp" line="112"/>
        <location filename="../app/gui/ChartPanel.cpp" line="160"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <location filename="../app/gui/ChartPanel.cpp" line="115"/>
        <source>Freeze the charts; data keeps being recorded</source>
        <translation>Congelar os gráficos; os dados continuam a ser registados</translation>
    </message>
    <message>
        <location filename="../app/gui/ChartPanel.cpp" line="121"/>
        <source>&amp;Window:</source>
        <translation>&amp;Janela:</translation>
    </message>
    <message>
        <location filename="../app/gui/ChartPanel.cpp" line="160"/>
        <source>&amp;Resume</source>
        <translation>&amp;Retomar</translation>
    </message>
    <message>
        <location filename="../app/gui/ChartPanel.cpp" line="184"/>
        <source>%1 publish/s</source>
        <translation>%1 publicações/s</translation>
    </message>
    <message>
        <location filename="../app/gui/ChartPanel.cpp" line="187"/>
        <source>%1 updates/s</source>
        <translation>%1 atualizações/s</translation>
    </message>
    <message>
        <location filename="../app/gui/ChartPanel.cpp" line="190"/>
        <source>%1 lag p50</source>
        <translation>%1 atraso p50</translation>
    </message>
    <message>
        <location filename="../app/gui/ChartPanel.cpp" line="192"/>
        <source>%1 lag p99</source>
        <translation>%1 atraso p99</translation>
    </message>
    <message>
        <location filename="../app/gui/ChartPanel.cpp" line="216"/>
        <source>%1
t = %2 s: %3</source>
        <translation>%1
t = %2 s: %3</translation>
    </message>
    <message>
        <location filename="../app/gui/ChartPanel.cpp" line="297"/>
        <source>%1 series, %2 points kept, tick %3 ms</source>
        <translation>%1 séries, %2 pontos guardados, ciclo %3 ms</translation>
    </message>
    <message>
        <location filename="../app/gui/ChartPanel.cpp" line="323"/>
        <source>%1: cannot write the PNG file</source>
        <translation>%1: não foi possível escrever o ficheiro PNG</translation>
    </message>
</context>
<context>
    <name>swarmlab::DisplayMirrorPanel</name>
    <message>
        <location filename="../app/gui/SevenSegmentWidget.cpp" line="91"/>
        <source>No subscriber is running: deploy one on an end device to see its displays here.</source>
        <translation>Nenhum subscritor em execução: implante um num dispositivo final para ver aqui os seus mostradores.</translation>
    </message>
    <message>
        <location filename="../app/gui/SevenSegmentWidget.cpp" line="118"/>
        <source>&lt;b&gt;%1&lt;/b&gt; on %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; em %2</translation>
    </message>
</context>
<context>
    <name>swarmlab::ExperimentsPanel</name>
    <message>
        <location filename="../app/gui/ExperimentsPanel.cpp" line="32"/>
        <source>Experiment timeline</source>
        <translation>Cronograma da experiência</translation>
    </message>
    <message>
        <location filename="../app/gui/ExperimentsPanel.cpp" line="34"/>
        <source>&amp;Timeline…</source>
        <translation>&amp;Cronograma…</translation>
    </message>
    <message>
        <location filename="../app/gui/ExperimentsPanel.cpp" line="35"/>
        <source>Open another timeline file</source>
        <translation>Abrir outro ficheiro de cronograma</translation>
    </message>
    <message>
        <location filename="../app/gui/ExperimentsPanel.cpp" line="40"/>
        <source>time ×</source>
        <translation>tempo ×</translation>
    </message>
    <message>
        <location filename="../app/gui/ExperimentsPanel.cpp" line="41"/>
        <source>Duration scale: every step time and the duration are multiplied by it</source>
        <translation>Escala da duração: o instante de cada passo e a duração são multiplicados por ela</translation>
    </message>
    <message>
        <location filename="../app/gui/ExperimentsPanel.cpp" line="42"/>
        <source>&amp;Run</source>
        <translation>&amp;Executar</translation>
    </message>
    <message>
        <location filename="../app/gui/ExperimentsPanel.cpp" line="43"/>
        <source>St&amp;op</source>
        <translation>Pa&amp;rar</translation>
    </message>
    <message>
        <location filename="../app/gui/ExperimentsPanel.cpp" line="44"/>
        <source>Export &amp;CSV…</source>
        <translation>Exportar &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../app/gui/ExperimentsPanel.cpp" line="45"/>
        <source>Charts as &amp;PNG…</source>
        <translation>Gráficos em &amp;PNG…</translation>
    </message>
    <message>
        <location filename="../app/gui/ExperimentsPanel.cpp" line="46"/>
        <source>Open &amp;run folder…</source>
        <translation>Abrir pasta de e&amp;xecução…</translation>
    </message>
    <message>
        <location filename="../app/gui/ExperimentsPanel.cpp" line="48"/>
        <source>%v / %m s</source>
        <translation>%v / %m s</translation>
    </message>
    <message>
        <location filename="../app/gui/ExperimentsPanel.cpp" line="51"/>
        <source>Choose a timeline and press Run.</source>
        <translation>Escolha um cronograma e prima Executar.</translation>
    </message>
    <message>
        <location filename="../app/gui/ExperimentsPanel.cpp" line="54"/>
        <source>at (s)</source>
        <translation>em (s)</translation>
    </message>
    <message>
        <location filename="../app/gui/ExperimentsPanel.cpp" line="54"/>
        <source>action</source>
        <translation>ação</translation>
    </message>
    <message>
        <location filename="../app/gui/ExperimentsPanel.cpp" line="54"/>
        <source>service</source>
        <translation>serviço</translation>
    </message>
    <message>
        <location filename="../app/gui/ExperimentsPanel.cpp" line="54"/>
        <source>node</source>
        <translation>nó</translation>
    </message>
    <message>
        <location filename="../app/gui/ExperimentsPanel.cpp" line="54"/>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <location filename="../app/gui/ExperimentsPanel.cpp" line="56"/>
        <source>Timeline steps</source>
        <translation>Passos do cronograma</translation>
    </message>
    <message>
        <location filename="../app/gui/ExperimentsPanel.cpp" line="58"/>
        <source>measure</source>
        <translation>medida</translation>
    </message>
    <message>
        <location filename="../app/gui/ExperimentsPanel.cpp" line="58"/>
        <source>value</source>
        <translation>valor</translation>
    </message>
    <message>
        <location filename="../app/gui/ExperimentsPanel.cpp" line="58"/>
        <source>unit</source>
        <translation>unidade</translation>
    </message>
    <message>
        <location filename="../app/gui/ExperimentsPanel.cpp" line="58"/>
        <source>paper 2017</source>
        <translation>artigo 2017</translation>
    </message>
    <message>
        <location filename="../app/gui/ExperimentsPanel.cpp" line="58"/>
        <source>detail</source>
        <translation>detalhe</translation>
    </message>
    <message>
        <location filename="../app/gui/ExperimentsPanel.cpp" line="62"/>
        <source>Run summary</source>
        <translation>Resumo da execução</translation>
    </message>
    <message>
        <location filename="../app/gui/ExperimentsPanel.cpp" line="98"/>
        <source>Open timeline</source>
        <translation>Abrir cronograma</translation>
    </message>
    <message>
        <location filename="../app/gui/ExperimentsPanel.cpp" line="99"/>
        <source>Timelines (*.json)</source>
        <translation>Cronogramas (*.json)</translation>
    </message>
    <message>
        <location filename="../app/gui/ExperimentsPanel.cpp" line="109"/>
        <source>Export the run&apos;s CSV files to</source>
        <translation>Exportar os ficheiros CSV da execução para</translation>
    </message>
    <message>
        <location filename="../app/gui/ExperimentsPanel.cpp" line="116"/>
        <source>Export CSV</source>
        <translation>Exportar CSV</translation>
    </message>
    <message>
        <location filename="../app/gui/ExperimentsPanel.cpp" line="126"/>
        <source>Open a run folder (metrics.csv, events.csv)</source>
        <translation>Abrir uma pasta de execução (metrics.csv, events.csv)</translation>
    </message>
    <message>
        <location filename="../app/gui/ExperimentsPanel.cpp" line="135"/>
        <source>Open run</source>
        <translation>Abrir execução</translation>
    </message>
    <message>
        <location filename="../app/gui/ExperimentsPanel.cpp" line="193"/>
        <source>The lab is not ready yet.</source>
        <translation>O laboratório ainda não está pronto.</translation>
    </message>
    <message>
        <location filename="../app/gui/ExperimentsPanel.cpp" line="200"/>
        <source>%1 cannot run:
%2</source>
        <translation>%1 não pode ser executado:
%2</translation>
    </message>
    <message>
        <location filename="../app/gui/ExperimentsPanel.cpp" line="201"/>
        <source>timeline %1 rejected: %2</source>
        <translation>cronograma %1 rejeitado: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/ExperimentsPanel.cpp" line="214"/>
        <source>waiting</source>
        <translation>em espera</translation>
    </message>
    <message>
        <location filename="../app/gui/ExperimentsPanel.cpp" line="221"/>
        <source>Running %1: %2 of %3 s</source>
        <translation>A executar %1: %2 de %3 s</translation>
    </message>
    <message>
        <location filename="../app/gui/ExperimentsPanel.cpp" line="226"/>
        <source>failed: %1</source>
        <translation>falhou: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/ExperimentsPanel.cpp" line="229"/>
        <source>step %1 failed: %2</source>
        <translation>o passo %1 falhou: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/ExperimentsPanel.cpp" line="232"/>
        <source>Ending: stopping services and collecting the last metrics…</source>
        <translation>A terminar: a parar os serviços e a recolher as últimas métricas…</translation>
    </message>
    <message>
        <location filename="../app/gui/ExperimentsPanel.cpp" line="236"/>
        <source>experiment %1 started (time ×%2)</source>
        <translation>experiência %1 iniciada (tempo ×%2)</translation>
    </message>
    <message>
        <location filename="../app/gui/ExperimentsPanel.cpp" line="248"/>
        <source>fired (command %1)</source>
        <translation>disparado (comando %1)</translation>
    </message>
    <message>
        <location filename="../app/gui/ExperimentsPanel.cpp" line="258"/>
        <source>Run stopped early; what was recorded is shown and can be exported.</source>
        <translation>Execução interrompida; o que foi registado é mostrado e pode ser exportado.</translation>
    </message>
    <message>
        <location filename="../app/gui/ExperimentsPanel.cpp" line="259"/>
        <source>Run finished: %1 metrics, %2 events recorded.</source>
        <translation>Execução terminada: %1 métricas e %2 eventos registados.</translation>
    </message>
    <message>
        <location filename="../app/gui/ExperimentsPanel.cpp" line="262"/>
        <source>experiment %1 %2</source>
        <translation>experiência %1 %2</translation>
    </message>
    <message>
        <location filename="../app/gui/ExperimentsPanel.cpp" line="262"/>
        <source>stopped</source>
        <translation>parado</translation>
    </message>
    <message>
        <location filename="../app/gui/ExperimentsPanel.cpp" line="262"/>
        <source>finished</source>
        <translation>terminada</translation>
    </message>
    <message>
        <location filename="../app/gui/ExperimentsPanel.cpp" line="290"/>
        <source>No run to export yet.</source>
        <translation>Ainda não há nenhuma execução para exportar.</translation>
    </message>
    <message>
        <location filename="../app/gui/ExperimentsPanel.cpp" line="117"/>
        <location filename="../app/gui/ExperimentsPanel.cpp" line="294"/>
        <source>CSV written to %1 (metrics.csv, events.csv, summary.csv)</source>
        <translation>CSV escrito em %1 (metrics.csv, events.csv, summary.csv)</translation>
    </message>
    <message>
        <location filename="../app/gui/ExperimentsPanel.cpp" line="139"/>
        <location filename="../app/gui/ExperimentsPanel.cpp" line="302"/>
        <source>Run read from %1.</source>
        <translation>Execução lida de %1.</translation>
    </message>
</context>
<context>
    <name>swarmlab::LabController</name>
    <message>
        <location filename="../app/gui/LabController.cpp" line="45"/>
        <source>Cannot %1: no backend is connected</source>
        <translation>Não é possível %1: nenhum backend está ligado</translation>
    </message>
    <message>
        <location filename="../app/gui/LabController.cpp" line="66"/>
        <source>deploy %1 on %2</source>
        <translation>implantar %1 em %2</translation>
    </message>
    <message>
        <location filename="../app/gui/LabController.cpp" line="78"/>
        <source>migrate %1 from %2 to %3 (%4)</source>
        <translation>migrar %1 de %2 para %3 (%4)</translation>
    </message>
    <message>
        <location filename="../app/gui/LabController.cpp" line="85"/>
        <location filename="../app/gui/LabController.cpp" line="95"/>
        <location filename="../app/gui/LabController.cpp" line="105"/>
        <source>unknown service &apos;%1&apos;</source>
        <translation>serviço desconhecido &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/gui/LabController.cpp" line="89"/>
        <source>restart %1</source>
        <translation>reiniciar %1</translation>
    </message>
    <message>
        <location filename="../app/gui/LabController.cpp" line="99"/>
        <source>stop %1</source>
        <translation>parar %1</translation>
    </message>
    <message>
        <location filename="../app/gui/LabController.cpp" line="109"/>
        <source>replicas must be 0 or more, not %1</source>
        <translation>as réplicas têm de ser 0 ou mais, não %1</translation>
    </message>
    <message>
        <location filename="../app/gui/LabController.cpp" line="113"/>
        <source>scale %1 to %2</source>
        <translation>escalar %1 para %2</translation>
    </message>
    <message>
        <location filename="../app/gui/LabController.cpp" line="119"/>
        <location filename="../app/gui/LabController.cpp" line="129"/>
        <location filename="../app/gui/LabController.cpp" line="141"/>
        <source>unknown node &apos;%1&apos;</source>
        <translation>nó desconhecido &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/gui/LabController.cpp" line="123"/>
        <location filename="../app/gui/LabController.cpp" line="133"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/LabController.cpp" line="138"/>
        <source>set a layer</source>
        <translation>definir uma camada</translation>
    </message>
    <message>
        <location filename="../app/gui/LabController.cpp" line="146"/>
        <source>label %1 swarmlab.layer=%2</source>
        <translation>etiquetar %1 swarmlab.layer=%2</translation>
    </message>
    <message>
        <location filename="../app/gui/LabController.cpp" line="151"/>
        <source>%1&apos;s layer comes from the lab file; only Swarm nodes are placed by dragging</source>
        <translation>a camada de %1 vem do ficheiro de laboratório; só os nós do Swarm são colocados arrastando</translation>
    </message>
</context>
<context>
    <name>swarmlab::LabSession</name>
    <message>
        <location filename="../app/gui/LabSession.cpp" line="39"/>
        <source>No lab file: the shipped resources were not found (set SWARMLAB_RESOURCES_DIR or choose a lab file in Settings)</source>
        <translation>Nenhum ficheiro de laboratório: os recursos incluídos não foram encontrados (defina SWARMLAB_RESOURCES_DIR ou escolha um ficheiro de laboratório nas Definições)</translation>
    </message>
    <message>
        <location filename="../app/gui/LabSession.cpp" line="64"/>
        <source>This build has no Docker Swarm backend (swarmlab_swarm was not built)</source>
        <translation>Esta compilação não tem o backend Docker Swarm (swarmlab_swarm não foi compilado)</translation>
    </message>
    <message>
        <location filename="../app/gui/LabSession.cpp" line="112"/>
        <source>Docker Swarm at %1</source>
        <translation>Docker Swarm em %1</translation>
    </message>
    <message>
        <location filename="../app/gui/LabSession.cpp" line="113"/>
        <source>DOCKER_HOST / local socket</source>
        <translation>DOCKER_HOST / socket local</translation>
    </message>
    <message>
        <location filename="../app/gui/LabSession.cpp" line="114"/>
        <source>embedded lab</source>
        <translation>laboratório embutido</translation>
    </message>
</context>
<context>
    <name>swarmlab::LogPanel</name>
    <message>
        <location filename="../app/gui/LogPanel.cpp" line="18"/>
        <source>All services</source>
        <translation>Todos os serviços</translation>
    </message>
    <message>
        <location filename="../app/gui/LogPanel.cpp" line="24"/>
        <source>Service logs</source>
        <translation>Registos dos serviços</translation>
    </message>
    <message>
        <location filename="../app/gui/LogPanel.cpp" line="26"/>
        <source>&amp;Service:</source>
        <translation>&amp;Serviço:</translation>
    </message>
</context>
<context>
    <name>swarmlab::MainWindow</name>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="60"/>
        <source>swarmlab console</source>
        <translation>consola swarmlab</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="79"/>
        <location filename="../app/gui/MainWindow.cpp" line="415"/>
        <source>Backend: none</source>
        <translation>Backend: nenhum</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="80"/>
        <location filename="../app/gui/MainWindow.cpp" line="424"/>
        <location filename="../app/gui/MainWindow.cpp" line="425"/>
        <location filename="../app/gui/MainWindow.cpp" line="428"/>
        <location filename="../app/gui/MainWindow.cpp" line="434"/>
        <source>Docker</source>
        <translation>Docker</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="80"/>
        <location filename="../app/gui/MainWindow.cpp" line="425"/>
        <source>not used</source>
        <translation>não usado</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="81"/>
        <location filename="../app/gui/MainWindow.cpp" line="426"/>
        <location filename="../app/gui/MainWindow.cpp" line="474"/>
        <location filename="../app/gui/MainWindow.cpp" line="475"/>
        <source>Redis</source>
        <translation>Redis</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="81"/>
        <source>not connected</source>
        <translation>não ligado</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="82"/>
        <source>lab time —</source>
        <translation>tempo do laboratório —</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="96"/>
        <source>Refused: %1</source>
        <translation>Recusado: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="97"/>
        <source>refused: %1</source>
        <translation>recusado: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="119"/>
        <source>lab time %1 UTC</source>
        <translation>tempo do laboratório %1 UTC</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="147"/>
        <location filename="../app/gui/MainWindow.cpp" line="160"/>
        <source>Event log</source>
        <translation>Registo de eventos</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="156"/>
        <source>Services</source>
        <translation>Serviços</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="157"/>
        <source>Displays</source>
        <translation>Mostradores</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="158"/>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="159"/>
        <source>Experiments</source>
        <translation>Experiências</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="161"/>
        <source>Service logs</source>
        <translation>Registos dos serviços</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="169"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="183"/>
        <source>&amp;Deploy on node…</source>
        <translation>&amp;Implantar no nó…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="184"/>
        <source>Deploy a service template on the selected node</source>
        <translation>Implantar um modelo de serviço no nó selecionado</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="185"/>
        <source>&amp;Migrate to…</source>
        <translation>&amp;Migrar para…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="186"/>
        <source>Move the selected service to another node</source>
        <translation>Mover o serviço selecionado para outro nó</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="187"/>
        <source>&amp;Restart</source>
        <translation>&amp;Reiniciar</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="188"/>
        <source>S&amp;top</source>
        <translation>&amp;Parar</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="189"/>
        <source>S&amp;cale…</source>
        <translation>&amp;Escalar…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="190"/>
        <source>Show &amp;logs</source>
        <translation>Mostrar &amp;registos</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="191"/>
        <source>Node &amp;down</source>
        <translation>&amp;Desligar nó</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="192"/>
        <source>Node &amp;up</source>
        <translation>&amp;Ligar nó</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="193"/>
        <source>Zoom &amp;in</source>
        <translation>&amp;Ampliar</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="194"/>
        <source>Zoom &amp;out</source>
        <translation>Red&amp;uzir</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="195"/>
        <source>&amp;Fit topology</source>
        <translation>&amp;Ajustar topologia</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="196"/>
        <source>&amp;Pause charts</source>
        <translation>&amp;Pausar gráficos</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="198"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Definições…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="199"/>
        <source>Restart &amp;lab</source>
        <translation>Reiniciar &amp;laboratório</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="200"/>
        <source>Re&amp;fresh</source>
        <translation>A&amp;tualizar</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="201"/>
        <source>Export charts as &amp;PNG…</source>
        <translation>Exportar gráficos em &amp;PNG…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="202"/>
        <source>Save &amp;window as PNG…</source>
        <translation>Guardar &amp;janela em PNG…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="203"/>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="233"/>
        <source>Scale %1</source>
        <translation>Escalar %1</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="233"/>
        <source>Replicas:</source>
        <translation>Réplicas:</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="261"/>
        <source>Save window as PNG</source>
        <translation>Guardar janela em PNG</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="262"/>
        <location filename="../app/gui/MainWindow.cpp" line="534"/>
        <source>PNG images (*.png)</source>
        <translation>Imagens PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="268"/>
        <source>Save window</source>
        <translation>Guardar janela</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="269"/>
        <source>window written to %1</source>
        <translation>janela escrita em %1</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="278"/>
        <source>&amp;File</source>
        <translation>&amp;Ficheiro</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="283"/>
        <source>&amp;Lab</source>
        <translation>&amp;Laboratório</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="295"/>
        <source>&amp;Settings</source>
        <translation>&amp;Definições</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="297"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="299"/>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="310"/>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="311"/>
        <source>&amp;About swarmlab</source>
        <translation>&amp;Acerca do swarmlab</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="312"/>
        <source>About swarmlab</source>
        <translation>Acerca do swarmlab</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="313"/>
        <source>&lt;b&gt;swarmlab %1&lt;/b&gt;&lt;p&gt;Orchestration lab for containerized IIoT microservices: deploy and migrate services by drag and drop, watch publish rate, display updates and lag live, replay the 2017 experiment.&lt;/p&gt;</source>
        <translation>&lt;b&gt;swarmlab %1&lt;/b&gt;&lt;p&gt;Laboratório de orquestração de microsserviços IIoT em contentores: implante e migre serviços arrastando e largando, veja ao vivo a taxa de publicação, as atualizações dos mostradores e o atraso, e repita a experiência de 2017.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="320"/>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="352"/>
        <source>&amp;Drain node</source>
        <translation>&amp;Drenar nó</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="352"/>
        <source>Node &amp;down (power off)</source>
        <translation>&amp;Desligar nó (cortar energia)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="353"/>
        <source>&amp;Activate node</source>
        <translation>&amp;Ativar nó</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="353"/>
        <source>Node &amp;up (power on)</source>
        <translation>&amp;Ligar nó (dar energia)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="357"/>
        <source>Deploy on %1</source>
        <translation>Implantar em %1</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="361"/>
        <location filename="../app/gui/MainWindow.cpp" line="372"/>
        <location filename="../app/gui/MainWindow.cpp" line="383"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="368"/>
        <source>Migrate %1 to</source>
        <translation>Migrar %1 para</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="383"/>
        <source>Deploy %1 on %2</source>
        <translation>Implantar %1 em %2</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="395"/>
        <source>&amp;Migrate to</source>
        <translation>&amp;Migrar para</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="400"/>
        <source>&amp;Deploy</source>
        <translation>&amp;Implantar</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="413"/>
        <source>lab: %1</source>
        <translation>laboratório: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="414"/>
        <source>The lab could not be opened: %1</source>
        <translation>Não foi possível abrir o laboratório: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="422"/>
        <source>Backend: %1</source>
        <translation>Backend: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="424"/>
        <source>connecting…</source>
        <translation>a ligar…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="426"/>
        <source>starting…</source>
        <translation>a iniciar…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="428"/>
        <location filename="../app/gui/MainWindow.cpp" line="474"/>
        <source>connected</source>
        <translation>ligado</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="429"/>
        <source>lab ready on %1 (Redis %2)</source>
        <translation>laboratório pronto em %1 (Redis %2)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="434"/>
        <source>error</source>
        <translation>erro</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="438"/>
        <source>opening %1 on the %2</source>
        <translation>a abrir %1 no %2</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="451"/>
        <source>error: %1</source>
        <translation>erro: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="453"/>
        <source>%1 on %2: %3%4</source>
        <translation>%1 em %2: %3%4</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="470"/>
        <source>%1 on %2: %3</source>
        <translation>%1 em %2: %3</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="475"/>
        <source>lost, reconnecting</source>
        <translation>perdido, a religar</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="477"/>
        <source>telemetry connected to %1</source>
        <translation>telemetria ligada a %1</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="477"/>
        <source>telemetry lost Redis: %1</source>
        <translation>a telemetria perdeu o Redis: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="268"/>
        <location filename="../app/gui/MainWindow.cpp" line="526"/>
        <location filename="../app/gui/MainWindow.cpp" line="540"/>
        <source>%1: cannot write the PNG file</source>
        <translation>%1: não foi possível escrever o ficheiro PNG</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="533"/>
        <source>Export charts as PNG</source>
        <translation>Exportar gráficos em PNG</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="540"/>
        <source>Export charts</source>
        <translation>Exportar gráficos</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="541"/>
        <source>charts written to %1</source>
        <translation>gráficos escritos em %1</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="551"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="552"/>
        <source>The language changes when swarmlab starts again. Restart now?</source>
        <translation>O idioma muda quando o swarmlab voltar a arrancar. Reiniciar agora?</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="572"/>
        <source>Settings</source>
        <translation>Definições</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="572"/>
        <source>Restart the lab with the new backend settings now? Services running now will be stopped.</source>
        <translation>Reiniciar agora o laboratório com as novas definições de backend? Os serviços em execução serão parados.</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="584"/>
        <source>The lab could not be opened</source>
        <translation>Não foi possível abrir o laboratório</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="589"/>
        <source>stopping the lab…</source>
        <translation>a parar o laboratório…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="590"/>
        <source>Stopping the lab…</source>
        <translation>A parar o laboratório…</translation>
    </message>
</context>
<context>
    <name>swarmlab::PalettePanel</name>
    <message>
        <location filename="../app/gui/PalettePanel.cpp" line="16"/>
        <source>Service palette</source>
        <translation>Paleta de serviços</translation>
    </message>
    <message>
        <location filename="../app/gui/PalettePanel.cpp" line="17"/>
        <source>Drag a service onto a node to deploy it (or press Enter to choose a node)</source>
        <translation>Arraste um serviço para um nó para o implantar (ou prima Enter para escolher um nó)</translation>
    </message>
    <message>
        <location filename="../app/gui/PalettePanel.cpp" line="36"/>
        <source>Layers: %1</source>
        <translation>Camadas: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/PalettePanel.cpp" line="36"/>
        <source>any</source>
        <translation>qualquer</translation>
    </message>
    <message>
        <location filename="../app/gui/PalettePanel.cpp" line="37"/>
        <source>Needs: %1</source>
        <translation>Precisa de: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/PalettePanel.cpp" line="38"/>
        <source>Architectures: %1</source>
        <translation>Arquiteturas: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/PalettePanel.cpp" line="39"/>
        <source>Migrate/restart order: %1</source>
        <translation>Ordem de migração/reinício: %1</translation>
    </message>
</context>
<context>
    <name>swarmlab::SettingsDialog</name>
    <message>
        <location filename="../app/gui/SettingsDialog.cpp" line="31"/>
        <source>Settings</source>
        <translation>Definições</translation>
    </message>
    <message>
        <location filename="../app/gui/SettingsDialog.cpp" line="32"/>
        <source>&amp;Embedded lab (local processes, its own Redis)</source>
        <translation>Laboratório &amp;embutido (processos locais, Redis próprio)</translation>
    </message>
    <message>
        <location filename="../app/gui/SettingsDialog.cpp" line="33"/>
        <source>&amp;Docker Swarm endpoint</source>
        <translation>Endpoint &amp;Docker Swarm</translation>
    </message>
    <message>
        <location filename="../app/gui/SettingsDialog.cpp" line="35"/>
        <source>DOCKER_HOST or unix:///var/run/docker.sock</source>
        <translation>DOCKER_HOST ou unix:///var/run/docker.sock</translation>
    </message>
    <message>
        <location filename="../app/gui/SettingsDialog.cpp" line="36"/>
        <source>Use &amp;TLS with client certificates</source>
        <translation>Usar &amp;TLS com certificados de cliente</translation>
    </message>
    <message>
        <location filename="../app/gui/SettingsDialog.cpp" line="38"/>
        <source>folder with ca.pem, cert.pem, key.pem</source>
        <translation>pasta com ca.pem, cert.pem, key.pem</translation>
    </message>
    <message>
        <location filename="../app/gui/SettingsDialog.cpp" line="39"/>
        <location filename="../app/gui/SettingsDialog.cpp" line="48"/>
        <source>Browse…</source>
        <translation>Procurar…</translation>
    </message>
    <message>
        <location filename="../app/gui/SettingsDialog.cpp" line="41"/>
        <source>TLS certificate folder</source>
        <translation>Pasta dos certificados TLS</translation>
    </message>
    <message>
        <location filename="../app/gui/SettingsDialog.cpp" line="45"/>
        <source>empty: the embedded lab starts its own redis-server</source>
        <translation>vazio: o laboratório embutido inicia o seu próprio redis-server</translation>
    </message>
    <message>
        <location filename="../app/gui/SettingsDialog.cpp" line="47"/>
        <source>empty: the shipped paper-2017 lab</source>
        <translation>vazio: o laboratório paper-2017 incluído</translation>
    </message>
    <message>
        <location filename="../app/gui/SettingsDialog.cpp" line="50"/>
        <source>Lab file</source>
        <translation>Ficheiro de laboratório</translation>
    </message>
    <message>
        <location filename="../app/gui/SettingsDialog.cpp" line="51"/>
        <source>Lab files (*.json)</source>
        <translation>Ficheiros de laboratório (*.json)</translation>
    </message>
    <message>
        <location filename="../app/gui/SettingsDialog.cpp" line="56"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../app/gui/SettingsDialog.cpp" line="57"/>
        <source>Draw charts with &amp;OpenGL</source>
        <translation>Desenhar gráficos com &amp;OpenGL</translation>
    </message>
    <message>
        <location filename="../app/gui/SettingsDialog.cpp" line="59"/>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <location filename="../app/gui/SettingsDialog.cpp" line="63"/>
        <source>Backend</source>
        <translation>Backend</translation>
    </message>
    <message>
        <location filename="../app/gui/SettingsDialog.cpp" line="67"/>
        <source>Endpoint:</source>
        <translation>Endpoint:</translation>
    </message>
    <message>
        <location filename="../app/gui/SettingsDialog.cpp" line="69"/>
        <source>Certificates:</source>
        <translation>Certificados:</translation>
    </message>
    <message>
        <location filename="../app/gui/SettingsDialog.cpp" line="71"/>
        <source>&amp;Redis URL:</source>
        <translation>URL do &amp;Redis:</translation>
    </message>
    <message>
        <location filename="../app/gui/SettingsDialog.cpp" line="72"/>
        <source>&amp;Lab file:</source>
        <translation>Ficheiro de &amp;laboratório:</translation>
    </message>
    <message>
        <location filename="../app/gui/SettingsDialog.cpp" line="73"/>
        <source>Chart &amp;window:</source>
        <translation>&amp;Janela dos gráficos:</translation>
    </message>
    <message>
        <location filename="../app/gui/SettingsDialog.cpp" line="75"/>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../app/gui/SettingsDialog.cpp" line="84"/>
        <source>Backend, Redis and lab changes apply when the lab is restarted (Lab ▸ Restart lab); language at the next start.</source>
        <translation>As alterações de backend, Redis e laboratório aplicam-se quando o laboratório é reiniciado (Laboratório ▸ Reiniciar laboratório); o idioma no próximo arranque.</translation>
    </message>
</context>
<context>
    <name>swarmlab::SevenSegmentWidget</name>
    <message>
        <location filename="../app/gui/SevenSegmentWidget.cpp" line="37"/>
        <source>7-segment display mirror</source>
        <translation>Espelho do mostrador de 7 segmentos</translation>
    </message>
</context>
<context>
    <name>swarmlab::TopologyModel</name>
    <message>
        <location filename="../app/gui/TopologyModel.cpp" line="166"/>
        <source>%1… %2 ms</source>
        <translation>%1… %2 ms</translation>
    </message>
    <message>
        <location filename="../app/gui/TopologyModel.cpp" line="176"/>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <location filename="../app/gui/TopologyModel.cpp" line="188"/>
        <source>unknown service template &apos;%1&apos;</source>
        <translation>modelo de serviço desconhecido &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/gui/TopologyModel.cpp" line="190"/>
        <source>unknown node &apos;%1&apos;</source>
        <translation>nó desconhecido &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/gui/TopologyModel.cpp" line="191"/>
        <source>%1 is down</source>
        <translation>%1 está em baixo</translation>
    </message>
    <message>
        <location filename="../app/gui/TopologyModel.cpp" line="192"/>
        <source>%1 is drained</source>
        <translation>%1 está drenado</translation>
    </message>
    <message>
        <location filename="../app/gui/TopologyModel.cpp" line="194"/>
        <source>%1 is not in a layer yet: drag it into a band first</source>
        <translation>%1 ainda não está numa camada: arraste-o primeiro para uma faixa</translation>
    </message>
    <message>
        <location filename="../app/gui/TopologyModel.cpp" line="209"/>
        <source>unknown service &apos;%1&apos;</source>
        <translation>serviço desconhecido &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/gui/TopologyModel.cpp" line="213"/>
        <source>%1 already runs on %2</source>
        <translation>%1 já está em execução em %2</translation>
    </message>
    <message>
        <location filename="../app/gui/TopologyModel.cpp" line="350"/>
        <source>no first message after %1 s</source>
        <translation>nenhuma primeira mensagem após %1 s</translation>
    </message>
    <message>
        <location filename="../app/gui/TopologyModel.cpp" line="351"/>
        <source>no answer from the backend after %1 s</source>
        <translation>nenhuma resposta do backend após %1 s</translation>
    </message>
    <message>
        <location filename="../app/gui/TopologyModel.cpp" line="369"/>
        <source>%1 failed: %2</source>
        <translation>%1 falhou: %2</translation>
    </message>
</context>
<context>
    <name>swarmlab::TopologyScene</name>
    <message>
        <location filename="../app/gui/TopologyScene.cpp" line="183"/>
        <source>only services can be dropped on a node</source>
        <translation>só serviços podem ser largados num nó</translation>
    </message>
    <message>
        <location filename="../app/gui/TopologyScene.cpp" line="191"/>
        <source>only node cards can be dropped on a band</source>
        <translation>só cartões de nós podem ser largados numa faixa</translation>
    </message>
    <message>
        <location filename="../app/gui/TopologyScene.cpp" line="198"/>
        <source>unknown node &apos;%1&apos;</source>
        <translation>nó desconhecido &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/gui/TopologyScene.cpp" line="200"/>
        <source>the embedded lab&apos;s layers come from its lab file</source>
        <translation>as camadas do laboratório embutido vêm do seu ficheiro de laboratório</translation>
    </message>
    <message>
        <location filename="../app/gui/TopologyScene.cpp" line="202"/>
        <source>a node leaves its layer only by removing its swarmlab.layer label</source>
        <translation>um nó só sai da sua camada removendo a etiqueta swarmlab.layer</translation>
    </message>
    <message>
        <location filename="../app/gui/TopologyScene.cpp" line="204"/>
        <source>%1 is already in this layer</source>
        <translation>%1 já está nesta camada</translation>
    </message>
</context>
<context>
    <name>swarmlab::TopologyView</name>
    <message>
        <location filename="../app/gui/TopologyView.cpp" line="24"/>
        <source>Lab topology</source>
        <translation>Topologia do laboratório</translation>
    </message>
</context>
</TS>
