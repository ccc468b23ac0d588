<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AllowedHost</name>
    <message>
        <source>an empty host name</source>
        <translation>ein leerer Hostname</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a wildcard: name each host the program may reach (wildcards are refused, so a program can never reach the whole network)</source>
        <translation>„%1“ ist ein Platzhalter: Nennen Sie jeden Host, den das Programm erreichen darf (Platzhalter werden abgelehnt, damit ein Programm nie das ganze Netz erreicht)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a host name: give only the host, as in example.org, without http:// or a path</source>
        <translation>„%1“ ist kein Hostname: Geben Sie nur den Host an, etwa example.org, ohne http:// oder Pfad</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a host name: give the host without a port, as in example.org</source>
        <translation>„%1“ ist kein Hostname: Geben Sie den Host ohne Port an, etwa example.org</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a host name: use letters, digits, dashes and dots, as in api.example.org</source>
        <translation>„%1“ ist kein Hostname: Verwenden Sie Buchstaben, Ziffern, Bindestriche und Punkte, etwa api.example.org</translation>
    </message>
</context>
<context>
    <name>AnswerEvaluator</name>
    <message>
        <source>the run does not record this time</source>
        <translation>der Lauf zeichnet diese Zeit nicht auf</translation>
    </message>
    <message>
        <source>bad regular expression: %1</source>
        <translation>fehlerhafter regulärer Ausdruck: %1</translation>
    </message>
    <message>
        <source>the expression has no group %1</source>
        <translation>der Ausdruck hat keine Gruppe %1</translation>
    </message>
    <message>
        <source>no printed line matches /%1/</source>
        <translation>keine ausgegebene Zeile passt zu /%1/</translation>
    </message>
    <message>
        <source>only %1 printed line(s) match /%2/</source>
        <translation>nur %1 ausgegebene Zeile(n) passen zu /%2/</translation>
    </message>
    <message>
        <source>the run has no task named &quot;%1&quot;</source>
        <translation>der Lauf hat keinen Task namens &quot;%1&quot;</translation>
    </message>
    <message>
        <source>task &quot;%1&quot; did not end during the run</source>
        <translation>der Task &quot;%1&quot; endete nicht während des Laufs</translation>
    </message>
    <message>
        <source>no task ended during the run</source>
        <translation>kein Task endete während des Laufs</translation>
    </message>
    <message>
        <source>overlap needs exactly two tasks</source>
        <translation>overlap braucht genau zwei Tasks</translation>
    </message>
    <message>
        <source>the run does not record when the tasks were created</source>
        <translation>der Lauf zeichnet nicht auf, wann die Tasks erzeugt wurden</translation>
    </message>
    <message>
        <source>unknown answer source &quot;%1&quot;</source>
        <translation>unbekannte Antwortquelle &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the answer &quot;%1&quot; matches more than one option</source>
        <translation>die Antwort &quot;%1&quot; passt zu mehr als einer Option</translation>
    </message>
    <message>
        <source>the answer &quot;%1&quot; matches none of the options</source>
        <translation>die Antwort &quot;%1&quot; passt zu keiner Option</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>virtual (default) or real.</source>
        <translation>virtual (Standard) oder real.</translation>
    </message>
    <message>
        <source>Write a Chrome/Perfetto trace.</source>
        <translation>Einen Chrome/Perfetto-Trace schreiben.</translation>
    </message>
    <message>
        <source>The program.</source>
        <translation>Das Programm.</translation>
    </message>
    <message>
        <source>Stop after N nested Python calls (default %1).</source>
        <translation>Nach N verschachtelten Python-Aufrufen stoppen (Standard %1).</translation>
    </message>
    <message>
        <source>Stop after N statements and loop rounds (default %1).</source>
        <translation>Nach N Anweisungen und Schleifendurchläufen stoppen (Standard %1).</translation>
    </message>
    <message>
        <source>Stop after N characters printed (default %1).</source>
        <translation>Nach N ausgegebenen Zeichen stoppen (Standard %1).</translation>
    </message>
    <message>
        <source>Stop after N trace events recorded, with --trace (default %1).</source>
        <translation>Nach N aufgezeichneten Trace-Ereignissen stoppen, mit --trace (Standard %1).</translation>
    </message>
    <message>
        <source>aiohttp&apos;s network: sim (default on the virtual clock) or real (loopback demo server; needs --clock real).</source>
        <translation>Das Netzwerk von aiohttp: sim (Standard auf der virtuellen Uhr) oder real (Demo-Server über Loopback; braucht --clock real).</translation>
    </message>
    <message>
        <source>Let the program reach HOST besides the demo server.</source>
        <translation>Dem Programm erlauben, HOST zusätzlich zum Demo-Server zu erreichen.</translation>
    </message>
    <message>
        <source>Open the window: the lessons, their code and the timeline.</source>
        <translation>Das Fenster öffnen: die Lektionen, ihr Code und die Zeitleiste.</translation>
    </message>
    <message>
        <source>Without a command Awaitscope opens its window. A Python program given as FILE opens there as a lesson of its own; a trace written by &quot;awaitscope run --trace&quot; opens in a player of its own, played back as it was recorded.</source>
        <translation>Ohne Befehl öffnet Awaitscope sein Fenster. Ein als FILE angegebenes Python-Programm öffnet sich dort als eigene Lektion; ein mit „awaitscope run --trace“ geschriebener Trace öffnet sich in einem eigenen Player und läuft so ab, wie er aufgezeichnet wurde.</translation>
    </message>
    <message>
        <source>Open this lesson: a lesson&apos;s id, or a lesson folder (or a folder of lessons) from anywhere.</source>
        <translation>Diese Lektion öffnen: die ID einer Lektion oder ein Lektionsordner (oder ein Ordner mit Lektionen) von irgendwo.</translation>
    </message>
    <message>
        <source>Print the version and stop.</source>
        <translation>Die Version ausgeben und beenden.</translation>
    </message>
    <message>
        <source>A Python program (FILE.py) or a trace (TRACE.json).</source>
        <translation>Ein Python-Programm (FILE.py) oder ein Trace (TRACE.json).</translation>
    </message>
    <message>
        <source>Run a Python asyncio program and print its output.</source>
        <translation>Ein Python-asyncio-Programm ausführen und seine Ausgabe zeigen.</translation>
    </message>
    <message>
        <source>Runs FILE.py on Awaitscope&apos;s own interpreter and runtime, as python3 would run it, and prints what it prints. The exit status is the program&apos;s. A program that runs away stops at a limit with one line that names the limit, its value and the flag that raises it.</source>
        <translation>Führt FILE.py auf Awaitscopes eigenem Interpreter und Laufzeitsystem aus, wie python3 es ausführen würde, und gibt aus, was es ausgibt. Der Exit-Status ist der des Programms. Ein außer Kontrolle geratenes Programm stoppt an einer Grenze, mit einer Zeile, die die Grenze, ihren Wert und die Option zum Anheben nennt.</translation>
    </message>
    <message>
        <source>Write the run&apos;s trace (every task and event) as JSON; the window opens it again.</source>
        <translation>Den Trace des Laufs (jede Task und jedes Ereignis) als JSON schreiben; das Fenster öffnet ihn wieder.</translation>
    </message>
    <message>
        <source>List the lessons, or check a lesson folder.</source>
        <translation>Die Lektionen auflisten oder einen Lektionsordner prüfen.</translation>
    </message>
    <message>
        <source>Lists every lesson, the built-in ones and those in your lessons folder, then the problems of any that did not load. With --check it reads a lesson folder instead, runs its programs and reports every problem as FILE:LINE: message; the exit status is 1 when there is one.</source>
        <translation>Listet jede Lektion auf, die eingebauten und die in deinem Lektionsordner, dann die Probleme aller, die nicht geladen werden konnten. Mit --check liest es stattdessen einen Lektionsordner, führt seine Programme aus und meldet jedes Problem als DATEI:ZEILE: Meldung; der Exit-Status ist 1, wenn es eines gibt.</translation>
    </message>
    <message>
        <source>Check the lesson folder DIR (or every lesson in it).</source>
        <translation>Den Lektionsordner DIR prüfen (oder jede Lektion darin).</translation>
    </message>
    <message>
        <source>Print the folders the lessons and the translations are read from.</source>
        <translation>Die Ordner ausgeben, aus denen die Lektionen und die Übersetzungen gelesen werden.</translation>
    </message>
    <message>
        <source>Run the demo HTTP server alone, on 127.0.0.1.</source>
        <translation>Den Demo-HTTP-Server allein starten, auf 127.0.0.1.</translation>
    </message>
    <message>
        <source>Runs the demo HTTP server on 127.0.0.1 until you press Ctrl+C, so that the lessons&apos; aiohttp programs can also run under python3 against http://127.0.0.1:P/.</source>
        <translation>Startet den Demo-HTTP-Server auf 127.0.0.1, bis du Strg+C drückst, damit die aiohttp-Programme der Lektionen auch unter python3 gegen http://127.0.0.1:P/ laufen können.</translation>
    </message>
    <message>
        <source>Port to listen on (default: one the system picks).</source>
        <translation>Port, auf dem gelauscht wird (Standard: einer, den das System wählt).</translation>
    </message>
    <message>
        <source>Draw a run as a picture for slides; no display needed.</source>
        <translation>Einen Lauf als Bild für Folien zeichnen; kein Bildschirm nötig.</translation>
    </message>
    <message>
        <source>The picture&apos;s size in pixels, WIDTHxHEIGHT (default 1920x1080).</source>
        <translation>Die Größe des Bildes in Pixeln, BREITExHÖHE (Standard 1920x1080).</translation>
    </message>
    <message>
        <source>The lesson to draw, by its id (awaitscope lessons).</source>
        <translation>Die zu zeichnende Lektion, nach ihrer ID (awaitscope lessons).</translation>
    </message>
    <message>
        <source>The colours (default light).</source>
        <translation>Die Farben (Standard light).</translation>
    </message>
    <message>
        <source>What to draw: the player (default), the timeline alone, or the lesson&apos;s pitfall beside its fix.</source>
        <translation>Was gezeichnet wird: der Player (Standard), nur die Zeitleiste oder die Falle der Lektion neben ihrer Lösung.</translation>
    </message>
    <message>
        <source>The caption (default: the lesson&apos;s or program&apos;s title).</source>
        <translation>Die Bildunterschrift (Standard: der Titel der Lektion oder des Programms).</translation>
    </message>
    <message>
        <source>No caption.</source>
        <translation>Keine Bildunterschrift.</translation>
    </message>
    <message>
        <source>Write one PNG per frame into DIR.</source>
        <translation>Ein PNG pro Bild nach DIR schreiben.</translation>
    </message>
    <message>
        <source>How fast the run plays in --frames and animations (default 1; 2 is twice as fast).</source>
        <translation>Wie schnell der Lauf in --frames und Animationen abläuft (Standard 1; 2 ist doppelt so schnell).</translation>
    </message>
    <message>
        <source>The program to draw, instead of --lesson.</source>
        <translation>Das zu zeichnende Programm, statt --lesson.</translation>
    </message>
    <message>
        <source>Awaitscope shows what asyncio really does, one task at a time: it runs Python asyncio programs on its own runtime and draws every task, await and cancellation on a timeline.</source>
        <translation>Awaitscope zeigt, was asyncio wirklich tut, eine Task nach der anderen: Es führt Python-asyncio-Programme auf seinem eigenen Laufzeitsystem aus und zeichnet jede Task, jedes await und jeden Abbruch auf eine Zeitleiste.</translation>
    </message>
    <message>
        <source>The language of the window, the messages and the lessons for this run (default: English on the command line, the saved choice in the window).</source>
        <translation>Die Sprache des Fensters, der Meldungen und der Lektionen für diesen Aufruf (Standard: Englisch auf der Kommandozeile, die gespeicherte Wahl im Fenster).</translation>
    </message>
    <message>
        <source>Show this help and stop.</source>
        <translation>Diese Hilfe zeigen und beenden.</translation>
    </message>
    <message>
        <source>The moment to draw: seconds of the run, event:N (the N-th event; two events at one instant are two moments) or end (the default).</source>
        <translation>Der zu zeichnende Zeitpunkt: Sekunden des Laufs, event:N (das N-te Ereignis; zwei Ereignisse im selben Augenblick sind zwei Zeitpunkte) oder end (Standard).</translation>
    </message>
    <message>
        <source>With --lesson: draw the moment a section of the lesson explains, with its title as the caption.</source>
        <translation>Mit --lesson: den Zeitpunkt zeichnen, den ein Abschnitt der Lektion erklärt, mit seinem Titel als Beschriftung.</translation>
    </message>
    <message>
        <source>Stop when the program has used N megabytes of memory (default %1).</source>
        <translation>Stoppen, wenn das Programm N Megabyte Speicher belegt hat (Standard %1).</translation>
    </message>
    <message>
        <source>Runs a lesson&apos;s program (or FILE.py) on the virtual clock and draws it: PNG, SVG or PDF as the --out file is named, the picture in words (.txt: each task&apos;s state, what gather and wait hold, the output so far; alt text for a slide), or the run played from start to end at --fps and --speed: an animated GIF that loops (.gif) or an H.264 video (.mp4). Two runs write the same bytes.</source>
        <translation>Führt das Programm einer Lektion (oder FILE.py) auf der virtuellen Uhr aus und zeichnet es: PNG, SVG oder PDF je nach Name der --out-Datei, das Bild in Worten (.txt: der Zustand jeder Task, was gather und wait halten, die bisherige Ausgabe; Alternativtext für eine Folie) oder den Lauf von Anfang bis Ende, abgespielt mit --fps und --speed: als GIF-Animation in Endlosschleife (.gif) oder als H.264-Video (.mp4). Zwei Läufe schreiben dieselben Bytes.</translation>
    </message>
    <message>
        <source>Where to write: FILE.png, FILE.svg, FILE.pdf or FILE.txt, or an animation: FILE.gif or FILE.mp4.</source>
        <translation>Wohin schreiben: FILE.png, FILE.svg, FILE.pdf oder FILE.txt, oder eine Animation: FILE.gif oder FILE.mp4.</translation>
    </message>
    <message>
        <source>Frames per second of --frames and animations (default 10; a GIF takes at most 50).</source>
        <translation>Bilder pro Sekunde für --frames und Animationen (Standard 10; ein GIF höchstens 50).</translation>
    </message>
    <message>
        <source>Where an animation starts, in seconds of the run (default 0).</source>
        <translation>Wo eine Animation beginnt, in Sekunden des Laufs (Standard 0).</translation>
    </message>
    <message>
        <source>Where an animation stops, in seconds of the run (default: its end).</source>
        <translation>Wo eine Animation endet, in Sekunden des Laufs (Standard: sein Ende).</translation>
    </message>
    <message>
        <source>Record a run of a program under CPython as a trace.</source>
        <translation>Einen Lauf eines Programms unter CPython als Trace aufzeichnen.</translation>
    </message>
    <message>
        <source>Where to write the trace (required).</source>
        <translation>Wohin der Trace geschrieben wird (erforderlich).</translation>
    </message>
    <message>
        <source>The Python to run it with (default: python3 on PATH).</source>
        <translation>Das Python, mit dem es läuft (Standard: python3 im PATH).</translation>
    </message>
    <message>
        <source>Stop the program after this many real seconds (default 120).</source>
        <translation>Das Programm nach so vielen echten Sekunden anhalten (Standard 120).</translation>
    </message>
    <message>
        <source>Compare the scheduling stories of two traces.</source>
        <translation>Vergleicht die Ablaufgeschichten zweier Traces.</translation>
    </message>
    <message>
        <source>Reads two traces (written by &quot;awaitscope run --trace&quot; or &quot;awaitscope record&quot;) and says &quot;same scheduling story&quot; when the same tasks, in the same creation order and with the same names, each ran, waited on the same kind of thing, woke and ended at the same times, every combinator got and gave back the same, and the same output came at the same times; otherwise it prints the first difference: where, when, what the first trace has and what the second has. Tasks and futures are matched by their order, not their ids; wait&apos;s done and pending sets are compared as sets. The exit status is 0 for the same story, 1 for a difference, 2 when a trace cannot be read.</source>
        <translation>Liest zwei Traces (geschrieben von &quot;awaitscope run --trace&quot; oder &quot;awaitscope record&quot;) und meldet &quot;dieselbe Ablaufgeschichte&quot;, wenn dieselben Tasks in derselben Erzeugungsreihenfolge und mit denselben Namen jeweils zu denselben Zeiten liefen, auf dieselbe Art von Ding warteten, aufwachten und endeten, jeder Kombinator dasselbe bekam und zurückgab und dieselbe Ausgabe zu denselben Zeiten kam; sonst gibt es den ersten Unterschied aus: wo, wann, was der erste Trace hat und was der zweite. Tasks und Futures werden nach ihrer Reihenfolge zugeordnet, nicht nach ihren IDs; die Mengen done und pending von wait werden als Mengen verglichen. Der Exit-Status ist 0 bei derselben Geschichte, 1 bei einem Unterschied, 2 wenn ein Trace nicht gelesen werden kann.</translation>
    </message>
    <message>
        <source>The expected run.</source>
        <translation>Der erwartete Lauf.</translation>
    </message>
    <message>
        <source>The run to compare with it.</source>
        <translation>Der Lauf, der damit verglichen wird.</translation>
    </message>
    <message>
        <source>Runs FILE.py under your own CPython (3.11 or newer: python3 on PATH, or --python) with the recorder Awaitscope ships, on a virtual clock that jumps to the next timer when nothing is ready (or, with --clock real, on asyncio&apos;s own loop and the real clock), and writes what CPython did as an Awaitscope trace: the tasks, their steps, what each one waited on, their ends and the output with its time. The window opens the trace like any other. The program&apos;s output passes through; the exit status is the program&apos;s, or 1 when nothing could be recorded.</source>
        <translation>Führt FILE.py unter Ihrem eigenen CPython aus (3.11 oder neuer: python3 im PATH oder --python), mit dem Rekorder, den Awaitscope mitbringt, auf einer virtuellen Uhr, die zum nächsten Timer springt, wenn nichts bereit ist (oder, mit --clock real, auf der eigenen Schleife von asyncio und der echten Uhr), und schreibt, was CPython getan hat, als Awaitscope-Trace: die Tasks, ihre Schritte, worauf jede gewartet hat, ihr Ende und die Ausgabe mit ihrer Zeit. Das Fenster öffnet den Trace wie jeden anderen. Die Ausgabe des Programms wird durchgereicht; der Exit-Status ist der des Programms, oder 1, wenn nichts aufgezeichnet werden konnte.</translation>
    </message>
    <message>
        <source>virtual (default: deterministic, comparable with &quot;awaitscope run&quot;) or real (asyncio&apos;s own loop and clock: real sockets, any library).</source>
        <translation>virtual (Standard: deterministisch, vergleichbar mit &quot;awaitscope run&quot;) oder real (die eigene Schleife und Uhr von asyncio: echte Sockets, jede Bibliothek).</translation>
    </message>
    <message>
        <source>Given to the program as sys.argv[1:].</source>
        <translation>Wird dem Programm als sys.argv[1:] übergeben.</translation>
    </message>
    <message>
        <source>Stop when more than N tasks are unfinished at once (default %1).</source>
        <translation>Stoppen, wenn mehr als N Tasks gleichzeitig unbeendet sind (Standard %1).</translation>
    </message>
</context>
<context>
    <name>ComparisonBuilder</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, Zeile %2: %3</translation>
    </message>
    <message>
        <source>This lesson has no pitfall and fix to compare.</source>
        <translation>Diese Lektion hat keine Stolperfalle mit Lösung zum Vergleichen.</translation>
    </message>
    <message>
        <source>Your program is the lesson&apos;s program: edit it first, then compare the two.</source>
        <translation>Dein Programm ist das Programm der Lektion: Ändere es zuerst, dann vergleiche beide.</translation>
    </message>
    <message>
        <source>your edit of %1</source>
        <translation>deine Fassung von %1</translation>
    </message>
    <message>
        <source>the lesson&apos;s program (%1)</source>
        <translation>das Programm der Lektion (%1)</translation>
    </message>
    <message>
        <source>your edit</source>
        <translation>deine Fassung</translation>
    </message>
    <message>
        <source>This lesson has no parameters to vary.</source>
        <translation>Diese Lektion hat keine Parameter zum Variieren.</translation>
    </message>
    <message>
        <source>Both settings are the same: change a parameter, then compare.</source>
        <translation>Die Parameter sind auf beiden Seiten gleich: Ändere einen, dann vergleiche.</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>--fps %1 is not a frame rate: give a number from 1 to 120.</source>
        <translation>--fps %1 ist keine Bildrate: Gib eine Zahl von 1 bis 120 an.</translation>
    </message>
    <message>
        <source>--speed %1 is not a speed: give a positive number (2 plays the run twice as fast).</source>
        <translation>--speed %1 ist keine Geschwindigkeit: Gib eine positive Zahl an (2 spielt den Lauf doppelt so schnell ab).</translation>
    </message>
    <message>
        <source>--size %1 is not a picture size: use WIDTHxHEIGHT (16 to 16384 each), 1080p or 4k.</source>
        <translation>--size %1 ist keine Bildgröße: Verwende BREITExHÖHE (je 16 bis 16384), 1080p oder 4k.</translation>
    </message>
    <message>
        <source>--theme %1 is not a theme: use %2.</source>
        <translation>--theme %1 ist kein Farbschema: Verwende %2.</translation>
    </message>
    <message>
        <source>--view %1 is not a view: use player, timeline or compare.</source>
        <translation>--view %1 ist keine Ansicht: Verwende player, timeline oder compare.</translation>
    </message>
    <message>
        <source>Say what to draw: --lesson ID or a FILE.py.</source>
        <translation>Gib an, was gezeichnet werden soll: --lesson ID oder eine FILE.py.</translation>
    </message>
    <message>
        <source>Give either --lesson or a FILE.py, not both.</source>
        <translation>Gib entweder --lesson oder eine FILE.py an, nicht beides.</translation>
    </message>
    <message>
        <source>%1 is not a Python program (FILE.py).</source>
        <translation>%1 ist kein Python-Programm (FILE.py).</translation>
    </message>
    <message>
        <source>--view compare needs --lesson ID: it compares the lesson&apos;s pitfall.py with its fixed.py.</source>
        <translation>--view compare braucht --lesson ID: Es vergleicht pitfall.py der Lektion mit ihrer fixed.py.</translation>
    </message>
    <message>
        <source>--caption and --no-caption contradict each other.</source>
        <translation>--caption und --no-caption widersprechen sich.</translation>
    </message>
    <message>
        <source>Export needs a graphical application object (internal error).</source>
        <translation>Der Export braucht ein grafisches Anwendungsobjekt (interner Fehler).</translation>
    </message>
    <message>
        <source>There is no lesson %1. Lessons: %2.</source>
        <translation>Es gibt keine Lektion %1. Lektionen: %2.</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>keine gefunden</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Lesson %1 has no pitfall and fixed programs to compare; use --view player.</source>
        <translation>Die Lektion %1 hat keine Programme pitfall und fixed zum Vergleichen; verwende --view player.</translation>
    </message>
    <message>
        <source>Lesson %1 has no program to run.</source>
        <translation>Die Lektion %1 hat kein Programm zum Ausführen.</translation>
    </message>
    <message>
        <source>Cannot find the program %1.</source>
        <translation>Das Programm %1 wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>%1 exited with status %2; drawing it anyway.
%3</source>
        <translation>%1 endete mit Status %2; es wird trotzdem gezeichnet.
%3</translation>
    </message>
    <message>
        <source>--at %1 is not a moment: give seconds (like 3 or 4.5), event:N (N from 1) or &quot;end&quot;.</source>
        <translation>--at %1 ist kein Zeitpunkt: Geben Sie Sekunden (wie 3 oder 4.5), event:N (N ab 1) oder &quot;end&quot; an.</translation>
    </message>
    <message>
        <source>--section and --at both choose the moment: give one of them.</source>
        <translation>--section und --at wählen beide den Zeitpunkt: Geben Sie nur eines davon an.</translation>
    </message>
    <message>
        <source>--section needs --lesson ID: sections belong to a lesson.</source>
        <translation>--section braucht --lesson ID: Abschnitte gehören zu einer Lektion.</translation>
    </message>
    <message>
        <source>Lesson %1 has no section %2. Its sections: %3.</source>
        <translation>Lektion %1 hat keinen Abschnitt %2. Ihre Abschnitte: %3.</translation>
    </message>
    <message>
        <source>The moment of section %1 never happens in this run; drawing the end.</source>
        <translation>Der Zeitpunkt von Abschnitt %1 kommt in diesem Lauf nie vor; das Ende wird gezeichnet.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n frame(s) to %1 (%2 frames per second).</source>
        <translation>
            <numerusform>%n Bild nach %1 geschrieben (%2 Bilder pro Sekunde).</numerusform>
            <numerusform>%n Bilder nach %1 geschrieben (%2 Bilder pro Sekunde).</numerusform>
        </translation>
    </message>
    <message>
        <source>Say where to write: --out FILE.png, FILE.svg, FILE.pdf or FILE.txt, an animation FILE.gif or FILE.mp4 (or --frames DIR).</source>
        <translation>Geben Sie das Ziel an: --out FILE.png, FILE.svg, FILE.pdf oder FILE.txt, eine Animation FILE.gif oder FILE.mp4 (oder --frames DIR).</translation>
    </message>
    <message>
        <source>--out %1: name the file .png, .svg, .pdf or .txt (or .gif, .mp4 for an animation) to choose the format.</source>
        <translation>--out %1: Benennen Sie die Datei .png, .svg, .pdf oder .txt (oder .gif, .mp4 für eine Animation), um das Format zu wählen.</translation>
    </message>
    <message>
        <source>Wrote %1: %2 frames at %3 frames per second, %4 s, %5×%6 (%7).</source>
        <translation>%1 geschrieben: %2 Bilder mit %3 Bildern pro Sekunde, %4 s, %5×%6 (%7).</translation>
    </message>
    <message>
        <source>--%1 %2 is not a moment: give seconds of the run, like 3 or 4.5.</source>
        <translation>--%1 %2 ist kein Zeitpunkt: Geben Sie Sekunden des Laufs an, etwa 3 oder 4.5.</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>%1 · at %2</source>
        <translation>%1 · bei %2</translation>
    </message>
    <message>
        <source>Combinators</source>
        <translation>Kombinatoren</translation>
    </message>
    <message>
        <source>Event loop</source>
        <translation>Event-Loop</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>Konsole</translation>
    </message>
    <message>
        <source>The picture size %1×%2 is out of range: use 16 to 16384 pixels on each side.</source>
        <translation>Die Bildgröße %1×%2 liegt außerhalb des Bereichs: Verwende 16 bis 16384 Pixel pro Seite.</translation>
    </message>
    <message>
        <source>Could not encode the PNG image: %1</source>
        <translation>Das PNG-Bild konnte nicht kodiert werden: %1</translation>
    </message>
    <message>
        <source>A run drawn by Awaitscope</source>
        <translation>Ein von Awaitscope gezeichneter Lauf</translation>
    </message>
    <message>
        <source>Nothing was drawn for %1.</source>
        <translation>Für %1 wurde nichts gezeichnet.</translation>
    </message>
    <message>
        <source>There is no clipboard without a graphical session.</source>
        <translation>Ohne grafische Sitzung gibt es keine Zwischenablage.</translation>
    </message>
    <message>
        <source>The clipboard is not available.</source>
        <translation>Die Zwischenablage ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>Frames need a frame rate between 1 and 120 and a positive speed.</source>
        <translation>Einzelbilder brauchen eine Bildrate zwischen 1 und 120 und eine positive Geschwindigkeit.</translation>
    </message>
    <message>
        <source>%1 frames are too many (at most %2): raise --speed or lower --fps.</source>
        <translation>%1 Bilder sind zu viele (höchstens %2): Erhöhe --speed oder senke --fps.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Could not encode %1: %2</source>
        <translation>%1 konnte nicht kodiert werden: %2</translation>
    </message>
    <message>
        <source>A GIF or an MP4 is an animation of the whole run, not one picture.</source>
        <translation>Ein GIF oder MP4 ist eine Animation des ganzen Laufs, kein einzelnes Bild.</translation>
    </message>
    <message>
        <source>Cannot tell the format of %1: name it .png, .svg, .pdf, .txt, .gif or .mp4.</source>
        <translation>Das Format von %1 ist unklar: Benenne die Datei .png, .svg, .pdf, .txt, .gif oder .mp4.</translation>
    </message>
    <message>
        <source>The run takes no time on its clock (it ends at 0 s), so there is nothing to play: export a picture (.png) instead.</source>
        <translation>Der Lauf braucht auf seiner Uhr keine Zeit (er endet bei 0 s), es gibt also nichts abzuspielen: Exportiere stattdessen ein Bild (.png).</translation>
    </message>
    <message>
        <source>Cannot write an animation as %1: name it .gif or .mp4 (or export numbered PNG frames with --frames DIR).</source>
        <translation>Eine Animation kann nicht als %1 geschrieben werden: Benenne sie .gif oder .mp4 (oder exportiere nummerierte PNG-Bilder mit --frames DIR).</translation>
    </message>
    <message>
        <source>(no suffix)</source>
        <translation>(ohne Endung)</translation>
    </message>
    <message>
        <source>A GIF plays at most %1 frames per second (its delays are hundredths of a second): lower --fps, or write an .mp4.</source>
        <translation>Ein GIF spielt höchstens %1 Bilder pro Sekunde (seine Pausen zählen in Hundertstelsekunden): Senke --fps oder schreibe ein .mp4.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2 is a file, not a folder.</source>
        <translation>%1 kann nicht geschrieben werden: %2 ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 does not exist. Create it or choose another.</source>
        <translation>%1 kann nicht geschrieben werden: Der Ordner %2 existiert nicht. Lege ihn an oder wähle einen anderen.</translation>
    </message>
    <message>
        <source>%1 is not a regular file; choose another name</source>
        <translation>%1 ist keine normale Datei; wähle einen anderen Namen</translation>
    </message>
    <message>
        <source>A video needs an even width and height: drew %1×%2 instead of %3×%4.</source>
        <translation>Ein Video braucht eine gerade Breite und Höhe: %1×%2 statt %3×%4 gezeichnet.</translation>
    </message>
    <message>
        <source>Cannot write %1: no temporary folder (%2).</source>
        <translation>%1 kann nicht geschrieben werden: kein temporärer Ordner (%2).</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>libx264 is missing here, so the video is %1 (MPEG-4 part 2), which some browsers and slide tools do not play.</source>
        <translation>libx264 fehlt hier, daher ist das Video %1 (MPEG-4 Part 2), das manche Browser und Präsentationsprogramme nicht abspielen.</translation>
    </message>
    <message>
        <source>the video came out empty</source>
        <translation>das Video ist leer geblieben</translation>
    </message>
    <message>
        <source>%1 s to %2 s is not a stretch of this run, which lasts %3 s: give a start before the end, both within the run.</source>
        <translation>%1 s bis %2 s ist kein Abschnitt dieses Laufs, der %3 s dauert: Geben Sie einen Anfang vor dem Ende an, beide innerhalb des Laufs.</translation>
    </message>
</context>
<context>
    <name>GifEncoder</name>
    <message>
        <source>The GIF encoder (giflib) failed: %1</source>
        <translation>Der GIF-Kodierer (giflib) ist gescheitert: %1</translation>
    </message>
    <message>
        <source>A frame of %1×%2 pixels does not fit a GIF of %3×%4.</source>
        <translation>Ein Bild mit %1×%2 Pixeln passt nicht in ein GIF mit %3×%4.</translation>
    </message>
    <message>
        <source>The animation has no frames.</source>
        <translation>Die Animation hat keine Bilder.</translation>
    </message>
</context>
<context>
    <name>HttpPhase</name>
    <message>
        <source>queued</source>
        <translation>in der Warteschlange</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>verbindet</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>receiving</source>
        <translation>empfängt</translation>
    </message>
</context>
<context>
    <name>Interpreter</name>
    <message>
        <source>output limit reached: the program printed more than %1 characters</source>
        <translation>Ausgabegrenze erreicht: Das Programm hat mehr als %1 Zeichen ausgegeben</translation>
    </message>
    <message>
        <source>step limit reached: the program ran more than %1 steps (an endless loop?)</source>
        <translation>Schrittgrenze erreicht: Das Programm lief mehr als %1 Schritte (eine Endlosschleife?)</translation>
    </message>
    <message>
        <source>memory limit reached: a string of more than %1 characters</source>
        <translation>Speichergrenze erreicht: eine Zeichenkette mit mehr als %1 Zeichen</translation>
    </message>
    <message>
        <source>trace limit reached: the run recorded more than %1 events for the timeline</source>
        <translation>Trace-Grenze erreicht: Der Lauf hat mehr als %1 Ereignisse für die Zeitleiste aufgezeichnet</translation>
    </message>
    <message>
        <source>raise it with %1 N</source>
        <translation>erhöhe sie mit %1 N</translation>
    </message>
    <message>
        <source>memory limit reached: the program used more than %1 MB</source>
        <translation>Speichergrenze erreicht: Das Programm hat mehr als %1 MB belegt</translation>
    </message>
    <message>
        <source>task limit reached: the program had more than %1 tasks unfinished at once</source>
        <translation>Task-Grenze erreicht: Das Programm hatte mehr als %1 gleichzeitig unbeendete Tasks</translation>
    </message>
</context>
<context>
    <name>Lesson</name>
    <message>
        <source>must be a number</source>
        <translation>muss eine Zahl sein</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>%1 is outside %2..%3</source>
        <translation>%1 liegt außerhalb von %2..%3</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the choices (%2)</source>
        <translation>&quot;%1&quot; ist keine der Auswahlmöglichkeiten (%2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the choices</source>
        <translation>&quot;%1&quot; ist keine der Auswahlmöglichkeiten</translation>
    </message>
    <message>
        <source>unknown type</source>
        <translation>unbekannter Typ</translation>
    </message>
</context>
<context>
    <name>LessonChecker</name>
    <message>
        <source>the program could not be run: %1</source>
        <translation>das Programm konnte nicht ausgeführt werden: %1</translation>
    </message>
    <message>
        <source>section &quot;%1&quot;: its moment never happens in the run of %2</source>
        <translation>Abschnitt &quot;%1&quot;: sein Zeitpunkt kommt im Lauf von %2 nie vor</translation>
    </message>
    <message>
        <source>question &quot;%1&quot;: the answer cannot be computed from the run of %2: %3</source>
        <translation>Frage &quot;%1&quot;: die Antwort lässt sich aus dem Lauf von %2 nicht berechnen: %3</translation>
    </message>
    <message>
        <source>question &quot;%1&quot;: the run of %2 gives &quot;%3&quot;, not a number</source>
        <translation>Frage &quot;%1&quot;: der Lauf von %2 ergibt &quot;%3&quot;, keine Zahl</translation>
    </message>
    <message>
        <source>question &quot;%1&quot;: in the run of %2, %3</source>
        <translation>Frage &quot;%1&quot;: im Lauf von %2: %3</translation>
    </message>
    <message>
        <source>%1: no such folder
</source>
        <translation>%1: diesen Ordner gibt es nicht
</translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is also used by %2</source>
        <translation>die ID &quot;%1&quot; wird auch von %2 verwendet</translation>
    </message>
    <message>
        <source>checked %1 lesson(s): %2 problem(s)
</source>
        <translation>%1 Lektion(en) geprüft: %2 Problem(e)
</translation>
    </message>
    <message>
        <source>  (your lesson)</source>
        <translation>  (deine Lektion)</translation>
    </message>
    <message>
        <source>
Lessons that did not load:
</source>
        <translation>
Lektionen, die nicht geladen wurden:
</translation>
    </message>
    <message>
        <source>the program exits with status %1</source>
        <translation>das Programm endet mit Status %1</translation>
    </message>
    <message>
        <source>the program exits with status %1: %2</source>
        <translation>das Programm endet mit Status %1: %2</translation>
    </message>
    <message>
        <source>section &quot;%1&quot;: at its moment the picture of %2 does not show &quot;%3&quot; (see it in words with `awaitscope export --lesson %4 --section %1 --out %1.txt`)</source>
        <translation>Abschnitt „%1“: Zu seinem Zeitpunkt zeigt das Bild von %2 nicht „%3“ (in Worten: `awaitscope export --lesson %4 --section %1 --out %1.txt`)</translation>
    </message>
</context>
<context>
    <name>LessonLibrary</name>
    <message>
        <source>the id &quot;%1&quot; is already used by %2; choose another id (and folder name)</source>
        <translation>die ID &quot;%1&quot; wird schon von %2 verwendet; wähle eine andere ID (und einen anderen Ordnernamen)</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>is neither a lesson folder nor a Python program</source>
        <translation>ist weder ein Lektionsordner noch ein Python-Programm</translation>
    </message>
    <message>
        <source>holds no lesson</source>
        <translation>enthält keine Lektion</translation>
    </message>
</context>
<context>
    <name>LessonProgress</name>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1: der Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Awaitscope (format %2); this version does not change it, so progress made now is not kept</source>
        <translation>%1 wurde von einer neueren Version von Awaitscope geschrieben (Format %2); diese Version ändert die Datei nicht, daher wird der jetzige Fortschritt nicht gespeichert</translation>
    </message>
    <message>
        <source>%1 is not a progress file Awaitscope can read</source>
        <translation>%1 ist keine Fortschrittsdatei, die Awaitscope lesen kann</translation>
    </message>
    <message>
        <source>%1; it could not be moved aside, so progress made now is not saved over it</source>
        <translation>%1; die Datei ließ sich nicht beiseitelegen, daher wird der jetzige Fortschritt nicht darüber gespeichert</translation>
    </message>
    <message>
        <source>%1; it was kept as %2, starting afresh</source>
        <translation>%1; sie wurde als %2 aufbewahrt, es geht neu los</translation>
    </message>
</context>
<context>
    <name>LessonReader</name>
    <message>
        <source>unknown key &quot;%1&quot; (allowed here: %2)</source>
        <translation>unbekannter Schlüssel &quot;%1&quot; (hier erlaubt: %2)</translation>
    </message>
    <message>
        <source>missing key &quot;%1&quot;</source>
        <translation>Schlüssel &quot;%1&quot; fehlt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation>&quot;%1&quot; muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must not be empty</source>
        <translation>&quot;%1&quot; darf nicht leer sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a number</source>
        <translation>&quot;%1&quot; muss eine Zahl sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number</source>
        <translation>&quot;%1&quot; muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list</source>
        <translation>&quot;%1&quot; muss eine Liste sein</translation>
    </message>
    <message>
        <source>%1 must be an object { ... }</source>
        <translation>%1 muss ein Objekt { ... } sein</translation>
    </message>
    <message>
        <source>every entry of &quot;%1&quot; must be a non-empty string</source>
        <translation>jeder Eintrag von &quot;%1&quot; muss eine nicht leere Zeichenkette sein</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is used twice</source>
        <translation>%1 &quot;%2&quot; wird zweimal verwendet</translation>
    </message>
    <message>
        <source>&quot;at&quot; needs &quot;event&quot; or &quot;time&quot;</source>
        <translation>&quot;at&quot; braucht &quot;event&quot; oder &quot;time&quot;</translation>
    </message>
    <message>
        <source>&quot;time&quot; must not be negative</source>
        <translation>&quot;time&quot; darf nicht negativ sein</translation>
    </message>
    <message>
        <source>unknown event &quot;%1&quot; (use start, end, output, %2)</source>
        <translation>unbekanntes Ereignis &quot;%1&quot; (verwende start, end, output, %2)</translation>
    </message>
    <message>
        <source>&quot;step&quot; must be more than 0</source>
        <translation>&quot;step&quot; muss größer als 0 sein</translation>
    </message>
    <message>
        <source>&quot;max&quot; must be more than &quot;min&quot;</source>
        <translation>&quot;max&quot; muss größer als &quot;min&quot; sein</translation>
    </message>
    <message>
        <source>a symbol choice</source>
        <translation>eine Symbol-Auswahl</translation>
    </message>
    <message>
        <source>a symbol parameter needs at least two choices</source>
        <translation>ein Symbol-Parameter braucht mindestens zwei Auswahlmöglichkeiten</translation>
    </message>
    <message>
        <source>unknown parameter type &quot;%1&quot; (use int, float, bool, string or symbol)</source>
        <translation>unbekannter Parametertyp &quot;%1&quot; (verwende int, float, bool, string oder symbol)</translation>
    </message>
    <message>
        <source>parameter name &quot;%1&quot; must be lowercase letters, digits and _</source>
        <translation>der Parametername &quot;%1&quot; darf nur Kleinbuchstaben, Ziffern und _ enthalten</translation>
    </message>
    <message>
        <source>&quot;default&quot; does not fit the type %1</source>
        <translation>&quot;default&quot; passt nicht zum Typ %1</translation>
    </message>
    <message>
        <source>parameter &quot;%1&quot;: default %2</source>
        <translation>Parameter &quot;%1&quot;: default %2</translation>
    </message>
    <message>
        <source>missing key &quot;from&quot;: say how the answer is computed from the run</source>
        <translation>Schlüssel &quot;from&quot; fehlt: Gib an, wie die Antwort aus dem Lauf berechnet wird</translation>
    </message>
    <message>
        <source>&quot;occurrence&quot; counts from 1 (or from -1 at the end)</source>
        <translation>&quot;occurrence&quot; zählt ab 1 (oder ab -1 vom Ende)</translation>
    </message>
    <message>
        <source>&quot;overlap&quot; compares exactly two tasks</source>
        <translation>&quot;overlap&quot; vergleicht genau zwei Tasks</translation>
    </message>
    <message>
        <source>unknown answer source &quot;%1&quot; (use %2)</source>
        <translation>unbekannte Antwortquelle &quot;%1&quot; (verwende %2)</translation>
    </message>
    <message>
        <source>bad regular expression: %1</source>
        <translation>fehlerhafter regulärer Ausdruck: %1</translation>
    </message>
    <message>
        <source>the expression has only %1 group(s)</source>
        <translation>der Ausdruck hat nur %1 Gruppe(n)</translation>
    </message>
    <message>
        <source>a number question needs a number, but &quot;%1&quot; gives a word; make it a choice</source>
        <translation>eine Zahlenfrage braucht eine Zahl, aber &quot;%1&quot; ergibt ein Wort; mach daraus eine Auswahlfrage</translation>
    </message>
    <message>
        <source>&quot;tolerance&quot; must not be negative</source>
        <translation>&quot;tolerance&quot; darf nicht negativ sein</translation>
    </message>
    <message>
        <source>unknown question kind &quot;%1&quot; (use number or choice)</source>
        <translation>unbekannte Fragenart &quot;%1&quot; (verwende number oder choice)</translation>
    </message>
    <message>
        <source>an option</source>
        <translation>eine Option</translation>
    </message>
    <message>
        <source>option value</source>
        <translation>Optionswert</translation>
    </message>
    <message>
        <source>a choice question needs at least two options</source>
        <translation>eine Auswahlfrage braucht mindestens zwei Optionen</translation>
    </message>
    <message>
        <source>marker names &quot;%1&quot;, which is not a parameter in lesson.json</source>
        <translation>die Markierung nennt &quot;%1&quot;, das kein Parameter in lesson.json ist</translation>
    </message>
    <message>
        <source>parameter &quot;%1&quot; is marked twice</source>
        <translation>der Parameter &quot;%1&quot; ist zweimal markiert</translation>
    </message>
    <message>
        <source>a marked line must look like `NAME = VALUE  # param: %1`</source>
        <translation>eine markierte Zeile muss so aussehen: `NAME = VALUE  # param: %1`</translation>
    </message>
    <message>
        <source>a marked line must look like `... NAME = VALUE; // param: %1`</source>
        <translation>eine markierte Zeile muss so aussehen: `... NAME = VALUE; // param: %1`</translation>
    </message>
    <message>
        <source>the program sets %1 but the default of parameter &quot;%2&quot; is %3; make them agree</source>
        <translation>das Programm setzt %1, aber der Standardwert des Parameters &quot;%2&quot; ist %3; bring beides in Einklang</translation>
    </message>
    <message>
        <source>missing: every lesson folder needs a lesson.json</source>
        <translation>fehlt: jeder Lektionsordner braucht eine lesson.json</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>lesson.json must hold an object { ... }</source>
        <translation>lesson.json muss ein Objekt { ... } enthalten</translation>
    </message>
    <message>
        <source>missing key &quot;format&quot; (this version reads &quot;format&quot;: %1)</source>
        <translation>Schlüssel &quot;format&quot; fehlt (diese Version liest &quot;format&quot;: %1)</translation>
    </message>
    <message>
        <source>format %1 is newer than this Awaitscope understands (%2): update Awaitscope</source>
        <translation>Format %1 ist neuer, als dieses Awaitscope versteht (%2): aktualisiere Awaitscope</translation>
    </message>
    <message>
        <source>&quot;format&quot; must be %1</source>
        <translation>&quot;format&quot; muss %1 sein</translation>
    </message>
    <message>
        <source>id &quot;%1&quot; must be lowercase letters, digits and single dashes</source>
        <translation>die ID &quot;%1&quot; darf nur Kleinbuchstaben, Ziffern und einzelne Bindestriche enthalten</translation>
    </message>
    <message>
        <source>id &quot;%1&quot; differs from the folder name &quot;%2&quot;; rename one of them</source>
        <translation>die ID &quot;%1&quot; weicht vom Ordnernamen &quot;%2&quot; ab; benenne eines von beiden um</translation>
    </message>
    <message>
        <source>&quot;order&quot; must be 1 or more</source>
        <translation>&quot;order&quot; muss 1 oder größer sein</translation>
    </message>
    <message>
        <source>give at least one takeaway</source>
        <translation>gib mindestens einen Merksatz an</translation>
    </message>
    <message>
        <source>a program</source>
        <translation>ein Programm</translation>
    </message>
    <message>
        <source>program id</source>
        <translation>Programm-ID</translation>
    </message>
    <message>
        <source>&quot;file&quot; must be a .py file inside the lesson folder</source>
        <translation>&quot;file&quot; muss eine .py-Datei im Lektionsordner sein</translation>
    </message>
    <message>
        <source>missing program: %1 is not in the lesson folder</source>
        <translation>Programm fehlt: %1 liegt nicht im Lektionsordner</translation>
    </message>
    <message>
        <source>no program with the id &quot;main&quot;</source>
        <translation>kein Programm mit der ID &quot;main&quot;</translation>
    </message>
    <message>
        <source>a contrast lesson needs both &quot;pitfall&quot; and &quot;fixed&quot;</source>
        <translation>eine Vergleichslektion braucht sowohl &quot;pitfall&quot; als auch &quot;fixed&quot;</translation>
    </message>
    <message>
        <source>a parameter</source>
        <translation>ein Parameter</translation>
    </message>
    <message>
        <source>a section</source>
        <translation>ein Abschnitt</translation>
    </message>
    <message>
        <source>section id</source>
        <translation>Abschnitts-ID</translation>
    </message>
    <message>
        <source>no program with the id &quot;%1&quot;</source>
        <translation>kein Programm mit der ID &quot;%1&quot;</translation>
    </message>
    <message>
        <source>give at least one section of explanation</source>
        <translation>gib mindestens einen erklärenden Abschnitt an</translation>
    </message>
    <message>
        <source>a question</source>
        <translation>eine Frage</translation>
    </message>
    <message>
        <source>question id</source>
        <translation>Fragen-ID</translation>
    </message>
    <message>
        <source>parameter &quot;%1&quot; is not marked in any program: end the line that sets it with `# param: %1`</source>
        <translation>der Parameter &quot;%1&quot; ist in keinem Programm markiert: beende die Zeile, die ihn setzt, mit `# param: %1`</translation>
    </message>
    <message>
        <source>%1 is a link to a file outside the lesson folder; copy the program into the folder instead</source>
        <translation>%1 ist ein Link auf eine Datei außerhalb des Lektionsordners; kopiere das Programm stattdessen in den Ordner</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a device, a pipe or a folder); the program must be a normal file</source>
        <translation>%1 ist keine normale Datei (ein Gerät, eine Pipe oder ein Ordner); das Programm muss eine normale Datei sein</translation>
    </message>
    <message>
        <source>expected a list of strings</source>
        <translation>erwartet eine Liste von Zeichenketten</translation>
    </message>
    <message>
        <source>expected a list of non-empty strings</source>
        <translation>erwartet eine Liste nicht leerer Zeichenketten</translation>
    </message>
    <message>
        <source>&quot;%1&quot; of an int parameter must be between -%2 and %2</source>
        <translation>„%1“ eines int-Parameters muss zwischen -%2 und %2 liegen</translation>
    </message>
</context>
<context>
    <name>LessonTranslation</name>
    <message>
        <source>a translation must be a non-empty string</source>
        <translation>eine Übersetzung muss eine nicht leere Zeichenkette sein</translation>
    </message>
    <message>
        <source>must be an object { ... } keyed by id</source>
        <translation>muss ein Objekt { ... } mit IDs als Schlüsseln sein</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; in a translation</source>
        <translation>unbekannter Schlüssel &quot;%1&quot; in einer Übersetzung</translation>
    </message>
    <message>
        <source>&quot;format&quot; must be %1</source>
        <translation>&quot;format&quot; muss %1 sein</translation>
    </message>
    <message>
        <source>lesson.json has no program &quot;%1&quot;</source>
        <translation>lesson.json hat kein Programm &quot;%1&quot;</translation>
    </message>
    <message>
        <source>lesson.json has no section &quot;%1&quot;</source>
        <translation>lesson.json hat keinen Abschnitt &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;takeaways&quot; must list %1 translations, one per takeaway</source>
        <translation>&quot;takeaways&quot; muss %1 Übersetzungen enthalten, eine pro Merksatz</translation>
    </message>
    <message>
        <source>lesson.json has no parameter &quot;%1&quot;</source>
        <translation>lesson.json hat keinen Parameter &quot;%1&quot;</translation>
    </message>
    <message>
        <source>lesson.json has no question &quot;%1&quot;</source>
        <translation>lesson.json hat keine Frage &quot;%1&quot;</translation>
    </message>
    <message>
        <source>question &quot;%1&quot; has no option &quot;%2&quot;</source>
        <translation>die Frage &quot;%1&quot; hat keine Option &quot;%2&quot;</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; (translatable here: %2)</source>
        <translation>unbekannter Schlüssel &quot;%1&quot; (hier übersetzbar: %2)</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>a translation must hold an object { ... }</source>
        <translation>eine Übersetzung muss ein Objekt { ... } enthalten</translation>
    </message>
    <message>
        <source>a translation is named lesson.LANG.json, LANG like de or pt_BR</source>
        <translation>eine Übersetzung heißt lesson.LANG.json, LANG wie de oder pt_BR</translation>
    </message>
    <message>
        <source>&quot;language&quot; must be &quot;%1&quot;, as in the file name</source>
        <translation>&quot;language&quot; muss &quot;%1&quot; sein, wie im Dateinamen</translation>
    </message>
</context>
<context>
    <name>ParameterSubstitution</name>
    <message>
        <source>no parameter named &quot;%1&quot;</source>
        <translation>kein Parameter namens &quot;%1&quot;</translation>
    </message>
    <message>
        <source>parameter &quot;%1&quot;: %2</source>
        <translation>Parameter &quot;%1&quot;: %2</translation>
    </message>
</context>
<context>
    <name>ProgramModules</name>
    <message>
        <source>module &apos;%1&apos;: %2 leads out of the program&apos;s folder; Awaitscope reads a program&apos;s modules only from its folder</source>
        <translation>Modul &apos;%1&apos;: %2 führt aus dem Ordner des Programms hinaus; Awaitscope liest die Module eines Programms nur aus dessen Ordner</translation>
    </message>
    <message>
        <source>module &apos;%1&apos;: %2</source>
        <translation>Modul &apos;%1&apos;: %2</translation>
    </message>
</context>
<context>
    <name>PythonRunner</name>
    <message>
        <source>awaitscope: &apos;%1&apos; is the program itself; write the trace to another file
</source>
        <translation>awaitscope: „%1“ ist das Programm selbst; schreibe die Spur in eine andere Datei
</translation>
    </message>
</context>
<context>
    <name>RunModel</name>
    <message>
        <source>the loop</source>
        <translation>die Loop</translation>
    </message>
    <message>
        <source>connection %1 (reused)</source>
        <translation>Verbindung %1 (wiederverwendet)</translation>
    </message>
    <message>
        <source>connection %1</source>
        <translation>Verbindung %1</translation>
    </message>
    <message>
        <source>status %1</source>
        <translation>Status %1</translation>
    </message>
    <message>
        <source>Before the first event</source>
        <translation>Vor dem ersten Ereignis</translation>
    </message>
    <message>
        <source>After the last event</source>
        <translation>Nach dem letzten Ereignis</translation>
    </message>
    <message>
        <source>%1 created by %2</source>
        <translation>%1 erzeugt von %2</translation>
    </message>
    <message>
        <source>%1 created</source>
        <translation>%1 erzeugt</translation>
    </message>
    <message>
        <source>%1 runs</source>
        <translation>%1 läuft</translation>
    </message>
    <message>
        <source>%1 sleeps</source>
        <translation>%1 schläft</translation>
    </message>
    <message>
        <source>%1 awaits %2</source>
        <translation>%1 wartet auf %2</translation>
    </message>
    <message>
        <source>%1 yields to the loop</source>
        <translation>%1 gibt an die Loop ab</translation>
    </message>
    <message>
        <source>%1 blocks the loop for %2 s</source>
        <translation>%1 blockiert die Schleife für %2 s</translation>
    </message>
    <message>
        <source>%1 awaits a combinator</source>
        <translation>%1 wartet auf einen Kombinator</translation>
    </message>
    <message>
        <source>%1 is suspended (%2)</source>
        <translation>%1 ist angehalten (%2)</translation>
    </message>
    <message>
        <source>%1 finished</source>
        <translation>%1 ist fertig</translation>
    </message>
    <message>
        <source>%1 returned %2</source>
        <translation>%1 gab %2 zurück</translation>
    </message>
    <message>
        <source>%1 raised %2</source>
        <translation>%1 löste %2 aus</translation>
    </message>
    <message>
        <source>%1 was cancelled</source>
        <translation>%1 wurde abgebrochen</translation>
    </message>
    <message>
        <source>%1 asks to cancel %2</source>
        <translation>%1 bittet, %2 abzubrechen</translation>
    </message>
    <message>
        <source>cancel requested for %1</source>
        <translation>Abbruch von %1 angefordert</translation>
    </message>
    <message>
        <source>%1 is ready again</source>
        <translation>%1 ist wieder bereit</translation>
    </message>
    <message>
        <source>%1 enters %2</source>
        <translation>%1 tritt in %2 ein</translation>
    </message>
    <message>
        <source>%1 returns to %2</source>
        <translation>%1 kehrt zu %2 zurück</translation>
    </message>
    <message>
        <source>combinator</source>
        <translation>Kombinator</translation>
    </message>
    <message>
        <source>as_completed hands out a result</source>
        <translation>as_completed gibt ein Ergebnis aus</translation>
    </message>
    <message>
        <source>timer set for %1 s</source>
        <translation>Timer auf %1 s gestellt</translation>
    </message>
    <message>
        <source>timer fired</source>
        <translation>Timer abgelaufen</translation>
    </message>
    <message>
        <source>loop pass: %1 ready</source>
        <translation>Loop-Durchlauf: %1 bereit</translation>
    </message>
    <message>
        <source>%1 prints %2</source>
        <translation>%1 gibt %2 aus</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source> (line %1)</source>
        <translation> (Zeile %1)</translation>
    </message>
    <message>
        <source>suspended: sleeping</source>
        <translation>angehalten: schläft</translation>
    </message>
    <message>
        <source>suspended: awaiting %1</source>
        <translation>angehalten: wartet auf %1</translation>
    </message>
    <message>
        <source>a combinator</source>
        <translation>einen Kombinator</translation>
    </message>
    <message>
        <source>suspended: %1</source>
        <translation>angehalten: %1</translation>
    </message>
    <message>
        <source>from %1 s to %2 s (%3)</source>
        <translation>von %1 s bis %2 s (%3)</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>%1 awaits %2()</source>
        <translation>%1 wartet auf %2()</translation>
    </message>
    <message>
        <source>suspended: awaiting %1()</source>
        <translation>angehalten: wartet auf %1()</translation>
    </message>
    <message>
        <source>the timers of %1 are due at this same moment but were armed after more of the loop&apos;s wake-ups, each a little late on a real clock; CPython fires them at its next wake-up</source>
        <translation>die Timer von %1 sind im selben Moment fällig, wurden aber nach mehr Aufwecken der Event-Loop gestellt, von denen jedes auf einer echten Uhr etwas zu spät kommt; CPython löst sie beim nächsten Aufwecken aus</translation>
    </message>
    <message>
        <source>waiting for a free worker thread</source>
        <translation>wartet auf einen freien Worker-Thread</translation>
    </message>
    <message>
        <source>in a worker thread: in time.sleep until %1 s</source>
        <translation>in einem Worker-Thread: in time.sleep bis %1 s</translation>
    </message>
    <message>
        <source>%1 reads %2, typed for input()</source>
        <translation>%1 liest %2, eingegeben für input()</translation>
    </message>
    <message>
        <source>%1 sleeps %2 s in its worker thread; the loop runs on</source>
        <translation>%1 schläft %2 s in seinem Worker-Thread; die Schleife läuft weiter</translation>
    </message>
    <message>
        <source>loop pass: %1 ready (asyncio.run&apos;s shutdown)</source>
        <translation>Loop-Durchlauf: %1 bereit (Abschluss von asyncio.run)</translation>
    </message>
</context>
<context>
    <name>RunOutcome</name>
    <message>
        <source>no recorded output %1</source>
        <translation>keine aufgezeichnete Ausgabe %1</translation>
    </message>
    <message>
        <source>no recorded outcome %1</source>
        <translation>kein aufgezeichnetes Ergebnis %1</translation>
    </message>
    <message>
        <source>%1: not a JSON object (%2)</source>
        <translation>%1: kein JSON-Objekt (%2)</translation>
    </message>
</context>
<context>
    <name>RunStateText</name>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n weiterer</numerusform>
            <numerusform>+%n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>ready to run</source>
        <translation>bereit zum Laufen</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>blocking the loop: nothing else can run</source>
        <translation>blockiert die Schleife: nichts anderes kann laufen</translation>
    </message>
    <message>
        <source>ready: its sleep ended at %1, but the loop is busy</source>
        <translation>bereit: ihr Schlaf endete bei %1, aber die Schleife ist belegt</translation>
    </message>
    <message>
        <source>suspended, sleeping until %1</source>
        <translation>pausiert, schläft bis %1</translation>
    </message>
    <message>
        <source>suspended, sleeping</source>
        <translation>pausiert, schläft</translation>
    </message>
    <message>
        <source>suspended, awaiting %1</source>
        <translation>pausiert, wartet auf %1</translation>
    </message>
    <message>
        <source>a combinator</source>
        <translation>einen Kombinator</translation>
    </message>
    <message>
        <source>suspended, yielded to the loop</source>
        <translation>pausiert, hat an die Schleife abgegeben</translation>
    </message>
    <message>
        <source>suspended, waiting for the network</source>
        <translation>pausiert, wartet auf das Netzwerk</translation>
    </message>
    <message>
        <source>suspended, awaiting a future</source>
        <translation>pausiert, wartet auf ein Future</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>done, returned %1</source>
        <translation>fertig, gab %1 zurück</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>%1: %2 (line %3)</source>
        <translation>%1: %2 (Zeile %3)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 raised %2</source>
        <translation>%1 löste %2 aus</translation>
    </message>
    <message>
        <source>%1 was cancelled</source>
        <translation>%1 wurde abgebrochen</translation>
    </message>
    <message>
        <source>wait returned: done={%1}, pending={%2}</source>
        <translation>wait ist zurückgekehrt: done={%1}, pending={%2}</translation>
    </message>
    <message>
        <source>gather returned [%1]</source>
        <translation>gather gab [%1] zurück</translation>
    </message>
    <message>
        <source>as_completed handed out %1</source>
        <translation>as_completed hat %1 herausgegeben</translation>
    </message>
    <message>
        <source>%1 returned</source>
        <translation>%1 ist zurückgekehrt</translation>
    </message>
    <message>
        <source>%1 — %2, line %3</source>
        <translation>%1 — %2, Zeile %3</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>waiting, timeout at %1</source>
        <translation>wartet, Zeitgrenze bei %1</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>returned at %1, when the timeout passed</source>
        <translation>zurückgekehrt bei %1, als die Zeitgrenze ablief</translation>
    </message>
    <message>
        <source>returned at %1</source>
        <translation>zurückgekehrt bei %1</translation>
    </message>
    <message>
        <source>raised %1 at %2</source>
        <translation>löste %1 bei %2 aus</translation>
    </message>
    <message>
        <source>cancelled at %1</source>
        <translation>abgebrochen bei %1</translation>
    </message>
    <message>
        <source>%1 (failed: %2)</source>
        <translation>%1 (fehlgeschlagen: %2)</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 bei %2</translation>
    </message>
    <message>
        <source>wait is waiting: done={%1}, pending={%2}</source>
        <translation>wait wartet: done={%1}, pending={%2}</translation>
    </message>
    <message>
        <source>handed out</source>
        <translation>ausgegeben</translation>
    </message>
    <message>
        <source>still running</source>
        <translation>laufen noch</translation>
    </message>
    <message>
        <source>as_completed has handed out nothing yet</source>
        <translation>as_completed hat noch nichts herausgegeben</translation>
    </message>
    <message>
        <source>as_completed handed out, in order: %1</source>
        <translation>as_completed hat herausgegeben, der Reihe nach: %1</translation>
    </message>
    <message>
        <source>; the timeout passed, so every remaining await raises TimeoutError</source>
        <translation>; die Zeitgrenze ist abgelaufen, daher löst jedes weitere await TimeoutError aus</translation>
    </message>
    <message>
        <source>finished after gather raised: result discarded</source>
        <translation>fertig, nachdem gather die Ausnahme auslöste: Ergebnis verworfen</translation>
    </message>
    <message>
        <source>still running: result discarded</source>
        <translation>läuft noch: Ergebnis wird verworfen</translation>
    </message>
    <message>
        <source>%1 is waiting for %2</source>
        <translation>%1 wartet auf %2</translation>
    </message>
    <message>
        <source>%1 at %2; %3: results discarded</source>
        <translation>%1 bei %2; %3: Ergebnisse verworfen</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Ready queue: %1</source>
        <translation>Bereit-Warteschlange: %1</translation>
    </message>
    <message>
        <source>Timers: %1</source>
        <translation>Timer: %1</translation>
    </message>
    <message>
        <source>nothing has happened yet</source>
        <translation>noch ist nichts passiert</translation>
    </message>
    <message>
        <source>%1, before the first event</source>
        <translation>%1, vor dem ersten Ereignis</translation>
    </message>
    <message>
        <source>%1, event %2 of %3</source>
        <translation>%1, Ereignis %2 von %3</translation>
    </message>
    <message>
        <source>At %1</source>
        <translation>Bei %1</translation>
    </message>
    <message>
        <source>Last event: %1</source>
        <translation>Letztes Ereignis: %1</translation>
    </message>
    <message>
        <source>Tasks:</source>
        <translation>Tasks:</translation>
    </message>
    <message>
        <source>  none yet</source>
        <translation>  noch keine</translation>
    </message>
    <message>
        <source>Event loop: Ready queue: %1 · Timers: %2</source>
        <translation>Ereignisschleife: Bereit-Warteschlange: %1 · Timer: %2</translation>
    </message>
    <message>
        <source>Output so far:</source>
        <translation>Bisherige Ausgabe:</translation>
    </message>
    <message>
        <source>  nothing printed yet</source>
        <translation>  noch nichts ausgegeben</translation>
    </message>
    <message numerus="yes">
        <source>… %n more</source>
        <translation>
            <numerusform>… %n weiterer</numerusform>
            <numerusform>… %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has every result; the awaiting task resumes on a later loop pass</source>
        <translation>%1 hat alle Ergebnisse; die wartende Task läuft in einem späteren Durchlauf der Schleife weiter</translation>
    </message>
    <message>
        <source>timed out at %1: the next await raised TimeoutError</source>
        <translation>Zeitlimit um %1: das nächste await löste TimeoutError aus</translation>
    </message>
    <message>
        <source>handed out its last result at %1</source>
        <translation>gab sein letztes Ergebnis um %1 heraus</translation>
    </message>
    <message>
        <source>cancelled before gather raised</source>
        <translation>abgebrochen, bevor gather die Ausnahme auslöste</translation>
    </message>
    <message>
        <source>cancelled after gather raised</source>
        <translation>abgebrochen, nachdem gather die Ausnahme auslöste</translation>
    </message>
    <message>
        <source>failed before gather raised: %1 reaches nobody</source>
        <translation>fehlgeschlagen, bevor gather die Ausnahme auslöste: %1 erreicht niemanden</translation>
    </message>
    <message>
        <source>failed after gather raised: %1 reaches nobody</source>
        <translation>fehlgeschlagen, nachdem gather die Ausnahme auslöste: %1 erreicht niemanden</translation>
    </message>
    <message>
        <source>done before gather raised: %1 is discarded</source>
        <translation>fertig, bevor gather die Ausnahme auslöste: %1 wird verworfen</translation>
    </message>
    <message>
        <source>suspended, awaiting %1()</source>
        <translation>pausiert, wartet auf %1()</translation>
    </message>
    <message>
        <source>%1 · %2: same moment, armed after more wake-ups; CPython fires these at its next wake-up</source>
        <translation>%1 · %2: selber Moment, nach mehr Aufwecken gestellt; CPython löst diese beim nächsten Aufwecken aus</translation>
    </message>
    <message>
        <source>the timer of %1</source>
        <translation>der Timer von %1</translation>
    </message>
    <message>
        <source>a timer</source>
        <translation>ein Timer</translation>
    </message>
    <message numerus="yes">
        <source>+%n more timers</source>
        <translation>
            <numerusform>+%n weiterer Timer</numerusform>
            <numerusform>+%n weitere Timer</numerusform>
        </translation>
    </message>
    <message>
        <source>in time.sleep in its worker thread until %1; the loop runs on</source>
        <translation>in time.sleep in seinem Worker-Thread bis %1; die Loop läuft weiter</translation>
    </message>
    <message>
        <source>running in its worker thread, beside the loop</source>
        <translation>läuft in seinem Worker-Thread, neben der Loop</translation>
    </message>
    <message>
        <source>waiting for a free worker thread</source>
        <translation>wartet auf einen freien Worker-Thread</translation>
    </message>
</context>
<context>
    <name>RunnerClient</name>
    <message>
        <source>The program could not be started: %1 (%2). Reinstall Awaitscope; the runner belongs beside the awaitscope program.</source>
        <translation>Das Programm konnte nicht gestartet werden: %1 (%2). Installieren Sie Awaitscope neu; der Runner gehört neben das Programm awaitscope.</translation>
    </message>
    <message>
        <source>The program did not stop within %1 seconds (a blocking call?), so the process that ran it was ended; its tasks were not cancelled.</source>
        <translation>Das Programm hat nicht innerhalb von %1 Sekunden angehalten (ein blockierender Aufruf?), daher wurde der Prozess beendet, der es ausführte; seine Tasks wurden nicht abgebrochen.</translation>
    </message>
    <message>
        <source>The process that ran the program ended unexpectedly (%1). This is a fault in Awaitscope, not in your program; the picture shows what ran until then.</source>
        <translation>Der Prozess, der das Programm ausführte, endete unerwartet (%1). Das ist ein Fehler in Awaitscope, nicht in Ihrem Programm; das Bild zeigt, was bis dahin lief.</translation>
    </message>
    <message>
        <source>The process that ran the program ended without reporting the ending (exit status %1). This is a fault in Awaitscope, not in your program; the picture shows what ran until then.</source>
        <translation>Der Prozess, der das Programm ausführte, endete, ohne das Ende zu melden (Exit-Status %1). Das ist ein Fehler in Awaitscope, nicht in Ihrem Programm; das Bild zeigt, was bis dahin lief.</translation>
    </message>
</context>
<context>
    <name>ServeCommand</name>
    <message>
        <source>awaitscope serve: --port must be a number from 0 to 65535, got &apos;%1&apos;.</source>
        <translation>awaitscope serve: --port muss eine Zahl von 0 bis 65535 sein, nicht &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>awaitscope serve: %1
Choose another port with --port, or 0 for any free port.</source>
        <translation>awaitscope serve: %1
Wähle mit --port einen anderen Port, oder 0 für irgendeinen freien.</translation>
    </message>
    <message>
        <source>Demo server listening on %1 (Ctrl+C stops it)</source>
        <translation>Demo-Server lauscht auf %1 (Strg+C beendet ihn)</translation>
    </message>
</context>
<context>
    <name>TaskStatus</name>
    <message>
        <source>not created</source>
        <translation>nicht erzeugt</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>blocking the loop</source>
        <translation>blockiert die Schleife</translation>
    </message>
    <message>
        <source>in a worker thread</source>
        <translation>in einem Worker-Thread</translation>
    </message>
</context>
<context>
    <name>TimelinePainter</name>
    <message>
        <source>timeout %1</source>
        <translation>Timeout %1</translation>
    </message>
    <message>
        <source>sleep</source>
        <translation>sleep</translation>
    </message>
    <message>
        <source>await %1</source>
        <translation>await %1</translation>
    </message>
    <message>
        <source>await</source>
        <translation>await</translation>
    </message>
    <message>
        <source>await future</source>
        <translation>await Future</translation>
    </message>
    <message>
        <source>I/O</source>
        <translation>E/A</translation>
    </message>
    <message>
        <source>yield</source>
        <translation>yield</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>blockiert</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>tasks: %1</source>
        <translation>Tasks: %1</translation>
    </message>
    <message>
        <source>wake-up</source>
        <translation>Aufwecken</translation>
    </message>
    <message>
        <source>cancel</source>
        <translation>Abbruch</translation>
    </message>
    <message>
        <source>timeout</source>
        <translation>Timeout</translation>
    </message>
    <message numerus="yes">
        <source>+%n more not shown (%1 tasks in all)</source>
        <translation>
            <numerusform>+%n weitere nicht gezeigt (%1 Tasks insgesamt)</numerusform>
            <numerusform>+%n weitere nicht gezeigt (%1 Tasks insgesamt)</numerusform>
        </translation>
    </message>
    <message>
        <source>await %1()</source>
        <translation>await %1()</translation>
    </message>
    <message>
        <source>%1 ×%2</source>
        <translation>%1 ×%2</translation>
    </message>
    <message numerus="yes">
        <source>%n alive</source>
        <translation>
            <numerusform>%n lebend</numerusform>
            <numerusform>%n lebend</numerusform>
        </translation>
    </message>
    <message>
        <source>tasks alive / ready</source>
        <translation>lebend / bereit</translation>
    </message>
    <message>
        <source>same moment, left for the next wake-up</source>
        <translation>selber Moment, bleibt bis zum nächsten Aufwecken</translation>
    </message>
    <message>
        <source>tasks: %1 · jobs: %2</source>
        <translation>Tasks: %1 · Jobs: %2</translation>
    </message>
</context>
<context>
    <name>TraceStory</name>
    <message>
        <source>(nothing)</source>
        <translation>(nichts)</translation>
    </message>
    <message>
        <source>tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>task %1</source>
        <translation>Task %1</translation>
    </message>
    <message>
        <source>combinators</source>
        <translation>Kombinatoren</translation>
    </message>
    <message>
        <source>output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>end</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>same scheduling story</source>
        <translation>dieselbe Ablaufgeschichte</translation>
    </message>
    <message>
        <source>first difference at t=%1, %2:
  expected: %3
  found:    %4</source>
        <translation>erster Unterschied bei t=%1, %2:
  erwartet: %3
  gefunden: %4</translation>
    </message>
</context>
<context>
    <name>VideoEncoder</name>
    <message>
        <source>The video encoder %1 refused a frame: %2</source>
        <translation>Der Videokodierer %1 hat ein Bild abgelehnt: %2</translation>
    </message>
    <message>
        <source>The video encoder %1 failed: %2</source>
        <translation>Der Videokodierer %1 ist gescheitert: %2</translation>
    </message>
    <message>
        <source>Cannot write the video: %1</source>
        <translation>Das Video kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>A video needs an even width and height, not %1×%2.</source>
        <translation>Ein Video braucht eine gerade Breite und Höhe, nicht %1×%2.</translation>
    </message>
    <message>
        <source>This FFmpeg cannot write MP4 files: %1</source>
        <translation>Dieses FFmpeg kann keine MP4-Dateien schreiben: %1</translation>
    </message>
    <message>
        <source>%1 (not in this FFmpeg)</source>
        <translation>%1 (nicht in diesem FFmpeg)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No video encoder could be opened (tried %1). Install FFmpeg&apos;s libavcodec with libx264 (Debian: libavcodec59), or export a .gif instead.</source>
        <translation>Kein Videokodierer ließ sich öffnen (versucht: %1). Installiere FFmpegs libavcodec mit libx264 (Debian: libavcodec59) oder exportiere stattdessen ein .gif.</translation>
    </message>
    <message>
        <source>Cannot set up the video stream.</source>
        <translation>Der Videostrom lässt sich nicht einrichten.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Out of memory for a video frame.</source>
        <translation>Kein Speicher mehr für ein Videobild.</translation>
    </message>
    <message>
        <source>Cannot convert the frames to the video&apos;s colours (libswscale).</source>
        <translation>Die Bilder lassen sich nicht in die Farben des Videos umwandeln (libswscale).</translation>
    </message>
    <message>
        <source>The video is not open.</source>
        <translation>Das Video ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>The video encoder failed: %1</source>
        <translation>Der Videokodierer ist gescheitert: %1</translation>
    </message>
    <message>
        <source>Cannot finish the video: %1</source>
        <translation>Das Video lässt sich nicht abschließen: %1</translation>
    </message>
</context>
<context>
    <name>awaitscope</name>
    <message>
        <source>(nothing yet)</source>
        <translation>(noch nichts)</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: Datei nicht gefunden</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file</source>
        <translation>%1 ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a device, a pipe or a socket); give a normal file</source>
        <translation>%1 ist keine normale Datei (ein Gerät, eine Pipe oder ein Socket); gib eine normale Datei an</translation>
    </message>
    <message>
        <source>%1 is too large (%2; at most %3 are read)</source>
        <translation>%1 ist zu groß (%2; höchstens %3 werden gelesen)</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is too large (at most %2 are read)</source>
        <translation>%1 ist zu groß (höchstens %2 werden gelesen)</translation>
    </message>
    <message>
        <source>%1 is not a regular file; choose another name</source>
        <translation>%1 ist keine normale Datei; wähle einen anderen Namen</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Choose a folder you can write to.</source>
        <translation>%1 kann nicht geschrieben werden: %2. Wähle einen Ordner, in den du schreiben darfst.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the disk is full or the file is too large</source>
        <translation>der Datenträger ist voll oder die Datei ist zu groß</translation>
    </message>
    <message>
        <source>Unexpected argument %1: the command takes none.</source>
        <translation>Unerwartetes Argument %1: der Befehl nimmt keines.</translation>
    </message>
    <message>
        <source>Unexpected argument %1: the command takes one %2.</source>
        <translation>Unerwartetes Argument %1: der Befehl nimmt ein %2.</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Unbekannte Option %1.</translation>
    </message>
    <message>
        <source>%1 takes no value.</source>
        <translation>%1 nimmt keinen Wert.</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 braucht einen Wert.</translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation>%1 fehlt.</translation>
    </message>
    <message>
        <source>awaitscope: --lang %1 is not a language here; use %2.</source>
        <translation>awaitscope: --lang %1 ist hier keine verfügbare Sprache; verwende %2.</translation>
    </message>
    <message>
        <source>awaitscope: %1 does not exist.</source>
        <translation>awaitscope: %1 existiert nicht.</translation>
    </message>
    <message>
        <source>awaitscope: unknown command &apos;%1&apos; (try --help)</source>
        <translation>awaitscope: unbekannter Befehl &apos;%1&apos; (siehe --help)</translation>
    </message>
    <message>
        <source>awaitscope: %1 is neither a Python program (.py) nor an Awaitscope trace (%2).</source>
        <translation>awaitscope: %1 ist weder ein Python-Programm (.py) noch ein Awaitscope-Trace (%2).</translation>
    </message>
    <message>
        <source>awaitscope: no display found (DISPLAY and WAYLAND_DISPLAY are unset).
Run it under a virtual display instead:  xvfb-run -a awaitscope
</source>
        <translation>awaitscope: kein Bildschirm gefunden (DISPLAY und WAYLAND_DISPLAY sind nicht gesetzt).
Starte es stattdessen mit einem virtuellen Bildschirm:  xvfb-run -a awaitscope
</translation>
    </message>
    <message>
        <source>There is no lesson %1 (awaitscope lessons lists them).</source>
        <translation>Es gibt keine Lektion %1 (awaitscope lessons listet sie auf).</translation>
    </message>
    <message>
        <source>awaitscope run: --clock must be &apos;virtual&apos; or &apos;real&apos;, not &apos;%1&apos;</source>
        <translation>awaitscope run: --clock muss &apos;virtual&apos; oder &apos;real&apos; sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>awaitscope run: --net must be &apos;sim&apos; or &apos;real&apos;, not &apos;%1&apos;</source>
        <translation>awaitscope run: --net muss &apos;sim&apos; oder &apos;real&apos; sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>awaitscope run: --net real needs --clock real (the virtual clock cannot wait for sockets)</source>
        <translation>awaitscope run: --net real braucht --clock real (die virtuelle Uhr kann nicht auf Sockets warten)</translation>
    </message>
    <message>
        <source>Built-in lessons: %1</source>
        <translation>Eingebaute Lektionen: %1</translation>
    </message>
    <message>
        <source>Your lessons: %1</source>
        <translation>Deine Lektionen: %1</translation>
    </message>
    <message>
        <source>Translations: %1</source>
        <translation>Übersetzungen: %1</translation>
    </message>
    <message>
        <source>awaitscope lessons: the built-in lessons are missing: %1 is not a folder (reinstall, or set AWAITSCOPE_DATA_DIR).</source>
        <translation>awaitscope lessons: die eingebauten Lektionen fehlen: %1 ist kein Ordner (neu installieren oder AWAITSCOPE_DATA_DIR setzen).</translation>
    </message>
    <message>
        <source>Try &quot;awaitscope export --help&quot;.</source>
        <translation>Siehe „awaitscope export --help“.</translation>
    </message>
    <message>
        <source>Try &quot;%1 --help&quot;.</source>
        <translation>Siehe „%1 --help“.</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>Verwendung:</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Each command tells more with --help, e.g. &quot;%1 run --help&quot;.</source>
        <translation>Jeder Befehl sagt mit --help mehr, z. B. „%1 run --help“.</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Argumente:</translation>
    </message>
    <message>
        <source>+1 earlier line</source>
        <translation>+1 frühere Zeile</translation>
    </message>
    <message>
        <source>+%1 earlier lines</source>
        <translation>+%1 frühere Zeilen</translation>
    </message>
    <message>
        <source>+1 more line</source>
        <translation>+1 weitere Zeile</translation>
    </message>
    <message>
        <source>+%1 more lines</source>
        <translation>+%1 weitere Zeilen</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
    <message>
        <source>--out TRACE.json is required: where to write the trace.</source>
        <translation>--out TRACE.json ist erforderlich: wohin der Trace geschrieben wird.</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds from 1 to 86400, not &apos;%1&apos;</source>
        <translation>--timeout braucht eine Anzahl Sekunden von 1 bis 86400, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--out %1 is the program itself; name another file.</source>
        <translation>--out %1 ist das Programm selbst; nennen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>--python %1 is not an executable program. Name a Python 3.11 or newer.</source>
        <translation>--python %1 ist kein ausführbares Programm. Nennen Sie ein Python 3.11 oder neuer.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 ist keine Datei.</translation>
    </message>
    <message>
        <source>the recorder module is missing: %1 is not a file (reinstall, or set AWAITSCOPE_DATA_DIR to the folder that holds recorder/).</source>
        <translation>das Rekorder-Modul fehlt: %1 ist keine Datei (neu installieren, oder AWAITSCOPE_DATA_DIR auf den Ordner setzen, der recorder/ enthält).</translation>
    </message>
    <message>
        <source>could not make a temporary folder: %1</source>
        <translation>konnte keinen temporären Ordner anlegen: %1</translation>
    </message>
    <message>
        <source>could not start %1: %2</source>
        <translation>konnte %1 nicht starten: %2</translation>
    </message>
    <message>
        <source>%1 was still running after %2 s and was stopped (--timeout gives it longer). A program that never ends (a server, an endless loop) cannot be recorded yet.</source>
        <translation>%1 lief nach %2 s noch und wurde angehalten (--timeout gibt ihm länger). Ein Programm, das nie endet (ein Server, eine Endlosschleife), kann noch nicht aufgezeichnet werden.</translation>
    </message>
    <message>
        <source>the recorder crashed while running %1 under %2.</source>
        <translation>der Rekorder ist beim Ausführen von %1 unter %2 abgestürzt.</translation>
    </message>
    <message>
        <source>%1 is too old for the recorder; it needs Python 3.11 or newer.</source>
        <translation>%1 ist zu alt für den Rekorder; er braucht Python 3.11 oder neuer.</translation>
    </message>
    <message>
        <source>the recorder wrote no trace (exit status %1): %2</source>
        <translation>der Rekorder hat keinen Trace geschrieben (Exit-Status %1): %2</translation>
    </message>
    <message>
        <source>the recorder wrote a trace this build cannot read: %1</source>
        <translation>der Rekorder hat einen Trace geschrieben, den diese Version nicht lesen kann: %1</translation>
    </message>
    <message>
        <source>the recording of %1 was stopped.</source>
        <translation>die Aufzeichnung von %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>%1 did not end within %2 s of being interrupted (Ctrl+C) and was ended; CPython wrote no record of it.</source>
        <translation>%1 endete nicht binnen %2 s nach der Unterbrechung (Strg+C) und wurde beendet; CPython hat nichts davon aufgezeichnet.</translation>
    </message>
    <message>
        <source>Could not record: no temporary folder to write the program to (%1).</source>
        <translation>Aufzeichnung nicht möglich: kein temporärer Ordner, in den das Programm geschrieben werden kann (%1).</translation>
    </message>
    <message>
        <source>Could not record under CPython: %1</source>
        <translation>Aufzeichnung unter CPython nicht möglich: %1</translation>
    </message>
    <message>
        <source>Stopped: CPython was interrupted (Ctrl+C) and its tasks were cancelled</source>
        <translation>Gestoppt: CPython wurde unterbrochen (Strg+C), seine Tasks wurden abgebrochen</translation>
    </message>
    <message>
        <source>Install Python 3.11 or newer, or name one with --python PATH.</source>
        <translation>Installieren Sie Python 3.11 oder neuer, oder nennen Sie eines mit --python PATH.</translation>
    </message>
    <message>
        <source>no python3 found on PATH. %1</source>
        <translation>kein python3 im PATH gefunden. %1</translation>
    </message>
    <message>
        <source>%1 did not answer as a Python interpreter (%2). %3</source>
        <translation>%1 hat nicht wie ein Python-Interpreter geantwortet (%2). %3</translation>
    </message>
    <message>
        <source>%1 is Python %2; recording needs Python 3.11 or newer. %3</source>
        <translation>%1 ist Python %2; die Aufzeichnung braucht Python 3.11 oder neuer. %3</translation>
    </message>
    <message>
        <source>Install Python 3.11 or newer as python3 on PATH, or choose Run ▸ Engine ▸ Awaitscope&apos;s Interpreter.</source>
        <translation>Installieren Sie Python 3.11 oder neuer als python3 im PATH, oder wählen Sie Ausführen ▸ Engine ▸ Awaitscopes Interpreter.</translation>
    </message>
    <message>
        <source>%1 was still running after %2 s and was stopped. A program that never ends (a server, an endless loop) cannot be recorded yet.</source>
        <translation>%1 lief nach %2 s noch und wurde angehalten. Ein Programm, das nie endet (ein Server, eine Endlosschleife), kann noch nicht aufgezeichnet werden.</translation>
    </message>
    <message>
        <source>Unexpected argument %1: the command takes one %2; what the program is given goes after --.</source>
        <translation>Unerwartetes Argument %1: der Befehl nimmt ein %2; was das Programm bekommen soll, steht nach --.</translation>
    </message>
</context>
<context>
    <name>awaitscope::CodePane</name>
    <message>
        <source>Python (edited)</source>
        <translation>Python (bearbeitet)</translation>
    </message>
    <message>
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <source>This is your edited program. Reset code brings back the lesson&apos;s own.</source>
        <translation>Das ist Ihr bearbeitetes Programm. „Code zurücksetzen“ holt das Programm der Lektion zurück.</translation>
    </message>
    <message>
        <source>Your edited program has no `# param` lines, so the parameters cannot change it. Reset code to use them.</source>
        <translation>Ihr bearbeitetes Programm hat keine `# param`-Zeilen mehr, daher können die Parameter es nicht ändern. Setzen Sie den Code zurück, um sie zu nutzen.</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>Program:</source>
        <translation>Programm:</translation>
    </message>
    <message>
        <source>Python program</source>
        <translation>Python-Programm</translation>
    </message>
    <message>
        <source>C++ and QCoro version</source>
        <translation>Fassung in C++ mit QCoro</translation>
    </message>
    <message>
        <source>C++ (QCoro)</source>
        <translation>C++ (QCoro)</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>Re&amp;set code</source>
        <translation>Code &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Forget your edits and go back to the lesson&apos;s program</source>
        <translation>Deine Änderungen verwerfen und zum Programm der Lektion zurückkehren</translation>
    </message>
    <message>
        <source>Real c&amp;lock</source>
        <translation>Echte &amp;Uhr</translation>
    </message>
    <message>
        <source>Run on the real clock</source>
        <translation>Auf der echten Uhr ausführen</translation>
    </message>
    <message>
        <source>Run the next program on the real clock (real waiting, the real network): the timeline grows as it runs. Unticked, runs use the instant virtual clock.</source>
        <translation>Das nächste Programm auf der echten Uhr ausführen (echtes Warten, echtes Netzwerk): Die Zeitleiste wächst, während es läuft. Ohne Häkchen laufen Programme auf der virtuellen Uhr, ohne Wartezeit.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Stop the program</source>
        <translation>Programm stoppen</translation>
    </message>
    <message>
        <source>Stop the running program: every task is cancelled (Shift+F5)</source>
        <translation>Das laufende Programm stoppen: Alle Tasks werden abgebrochen (Umschalt+F5)</translation>
    </message>
    <message>
        <source>&amp;Run in CPython</source>
        <translation>&amp;In CPython ausführen</translation>
    </message>
    <message>
        <source>Run the program under your own CPython 3.11+ and draw what it did (Ctrl+Return; Run ▸ Engine chooses)</source>
        <translation>Das Programm mit Ihrem eigenen CPython 3.11+ ausführen und zeichnen, was es tat (Strg+Eingabe; Ausführen ▸ Engine wählt)</translation>
    </message>
    <message>
        <source>Run the program: on the virtual clock, or the real one when Real clock is ticked (Ctrl+Return)</source>
        <translation>Das Programm ausführen: auf der virtuellen Uhr, oder auf der echten, wenn Echte Uhr angekreuzt ist (Strg+Eingabe)</translation>
    </message>
</context>
<context>
    <name>awaitscope::CombinatorPanel</name>
    <message>
        <source>Combinators</source>
        <translation>Kombinatoren</translation>
    </message>
    <message>
        <source>gather, wait and as_completed show what they hold here.</source>
        <translation>gather, wait und as_completed zeigen hier, was sie halten.</translation>
    </message>
</context>
<context>
    <name>awaitscope::CompareAddOn</name>
    <message>
        <source>&amp;Pitfall and fix</source>
        <translation>Stolperfalle und &amp;Lösung</translation>
    </message>
    <message>
        <source>The lesson&apos;s program and &amp;my edit</source>
        <translation>Programm der Lektion und &amp;meine Fassung</translation>
    </message>
    <message>
        <source>&amp;Default parameters and mine</source>
        <translation>&amp;Standardparameter und meine</translation>
    </message>
    <message>
        <source>A comparison is still running; it shows when both programs have ended.</source>
        <translation>Ein Vergleich läuft noch; er erscheint, sobald beide Programme beendet sind.</translation>
    </message>
    <message>
        <source>Comparing: running both programs…</source>
        <translation>Vergleich: beide Programme laufen…</translation>
    </message>
</context>
<context>
    <name>awaitscope::CompareView</name>
    <message>
        <source>0 s</source>
        <translation>0 s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 µs</source>
        <translation>%1 µs</translation>
    </message>
    <message>
        <source>%1 vs %2: the same time</source>
        <translation>%1 gegen %2: gleich schnell</translation>
    </message>
    <message>
        <source>%1 vs %2: no waiting at all</source>
        <translation>%1 gegen %2: gar kein Warten</translation>
    </message>
    <message>
        <source>%1 vs %2: took longer</source>
        <translation>%1 gegen %2: dauerte länger</translation>
    </message>
    <message>
        <source>%1 vs %2: %3× faster</source>
        <translation>%1 gegen %2: %3× schneller</translation>
    </message>
    <message>
        <source>%1 vs %2: %3× slower</source>
        <translation>%1 gegen %2: %3× langsamer</translation>
    </message>
    <message>
        <source>total</source>
        <translation>gesamt</translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <translation>%1 gegen %2</translation>
    </message>
    <message>
        <source>%1 raised</source>
        <translation>%1 hat eine Ausnahme ausgelöst</translation>
    </message>
    <message>
        <source>%1 returned</source>
        <translation>%1 ist zurückgekehrt</translation>
    </message>
    <message>
        <source>control back after %1 vs %2 (%3, %4)</source>
        <translation>Kontrolle zurück nach %1 gegen %2 (%3, %4)</translation>
    </message>
</context>
<context>
    <name>awaitscope::CompareWindow</name>
    <message>
        <source>Compare two runs</source>
        <translation>Zwei Läufe vergleichen</translation>
    </message>
    <message>
        <source>Cursor</source>
        <translation>Cursor</translation>
    </message>
</context>
<context>
    <name>awaitscope::ConsoleView</name>
    <message>
        <source>Program output</source>
        <translation>Programmausgabe</translation>
    </message>
    <message>
        <source>Output printed by the program appears here as the cursor passes it.</source>
        <translation>Was das Programm ausgibt, erscheint hier, sobald der Cursor daran vorbeikommt.</translation>
    </message>
</context>
<context>
    <name>awaitscope::DemoServer</name>
    <message>
        <source>cannot listen on 127.0.0.1:%1: %2</source>
        <translation>kann nicht auf 127.0.0.1:%1 lauschen: %2</translation>
    </message>
</context>
<context>
    <name>awaitscope::ExplanationView</name>
    <message>
        <source>Explanation</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose a lesson to begin.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wählen Sie eine Lektion, um zu beginnen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Welcome to Awaitscope</source>
        <translation>Willkommen bei Awaitscope</translation>
    </message>
    <message>
        <source>Each lesson runs a small asyncio program and draws what the event loop did: one lane per task, when it ran, what it waited for, and who woke it.</source>
        <translation>Jede Lektion führt ein kleines asyncio-Programm aus und zeichnet, was die Ereignisschleife getan hat: eine Spur je Task, wann er lief, worauf er wartete und wer ihn weckte.</translation>
    </message>
    <message>
        <source>Press Space to play the run, drag the red cursor, change a parameter or the code, and read along here. The lessons go from the first pitfall to the network.</source>
        <translation>Drücken Sie die Leertaste, um den Lauf abzuspielen, ziehen Sie den roten Cursor, ändern Sie einen Parameter oder den Code und lesen Sie hier mit. Die Lektionen führen von der ersten Falle bis zum Netzwerk.</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>Verstanden</translation>
    </message>
    <message>
        <source>The timeline shows your edited program. The text below describes the lesson&apos;s own program; where they differ, trust the timeline. Reset code brings the lesson&apos;s program back.</source>
        <translation>Die Zeitleiste zeigt Ihr bearbeitetes Programm. Der Text unten beschreibt das Programm der Lektion; wo sie sich unterscheiden, gilt die Zeitleiste. „Code zurücksetzen“ holt das Programm der Lektion zurück.</translation>
    </message>
    <message>
        <source>Take away</source>
        <translation>Zum Mitnehmen</translation>
    </message>
</context>
<context>
    <name>awaitscope::ExportAddOn</name>
    <message>
        <source>&amp;Export picture…</source>
        <translation>Bild &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Copy picture</source>
        <translation>Bild &amp;kopieren</translation>
    </message>
    <message>
        <source>The picture is on the clipboard (%1 × %2).</source>
        <translation>Das Bild ist in der Zwischenablage (%1 × %2).</translation>
    </message>
    <message>
        <source>The picture could not be copied: %1</source>
        <translation>Das Bild konnte nicht kopiert werden: %1</translation>
    </message>
</context>
<context>
    <name>awaitscope::ExportDialog</name>
    <message>
        <source>Export picture</source>
        <translation>Bild exportieren</translation>
    </message>
    <message>
        <source>Current view (timeline, panels and output)</source>
        <translation>Aktuelle Ansicht (Zeitleiste, Bereiche und Ausgabe)</translation>
    </message>
    <message>
        <source>Timeline only</source>
        <translation>Nur die Zeitleiste</translation>
    </message>
    <message>
        <source>Compare view (the last comparison)</source>
        <translation>Vergleichsansicht (der letzte Vergleich)</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG-Bild</translation>
    </message>
    <message>
        <source>SVG drawing (text stays text)</source>
        <translation>SVG-Zeichnung (Text bleibt Text)</translation>
    </message>
    <message>
        <source>PDF document (vector)</source>
        <translation>PDF-Dokument (Vektorgrafik)</translation>
    </message>
    <message>
        <source>1920 × 1080 (Full HD)</source>
        <translation>1920 × 1080 (Full HD)</translation>
    </message>
    <message>
        <source>3840 × 2160 (4K)</source>
        <translation>3840 × 2160 (4K)</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Projector (high contrast)</source>
        <translation>Beamer (hoher Kontrast)</translation>
    </message>
    <message>
        <source>Caption with the lesson&apos;s title and the moment&apos;s time</source>
        <translation>Bildunterschrift mit dem Titel der Lektion und dem gezeigten Zeitpunkt</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Was:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Größe:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>Farb&amp;schema:</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>Da&amp;tei:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>Wähle eine Datei, in die exportiert werden soll.</translation>
    </message>
    <message>
        <source>There is no comparison yet: open one from the Compare menu first.</source>
        <translation>Es gibt noch keinen Vergleich: Öffne zuerst einen über das Menü Vergleichen.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>GIF animation (the whole run, looping)</source>
        <translation>GIF-Animation (der ganze Lauf, in Schleife)</translation>
    </message>
    <message>
        <source>MP4 video (H.264, the whole run)</source>
        <translation>MP4-Video (H.264, der ganze Lauf)</translation>
    </message>
    <message>
        <source> frames/s</source>
        <translation> Bilder/s</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>Seconds of the run per second of the animation: 2 plays it twice as fast.</source>
        <translation>Sekunden des Laufs pro Sekunde der Animation: 2 spielt ihn doppelt so schnell ab.</translation>
    </message>
    <message>
        <source>Frame &amp;rate:</source>
        <translation>Bild&amp;rate:</translation>
    </message>
    <message>
        <source>S&amp;peed:</source>
        <translation>Tem&amp;po:</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf);;GIF animation (*.gif);;MP4 video (*.mp4)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg);;PDF-Dokument (*.pdf);;GIF-Animation (*.gif);;MP4-Video (*.mp4)</translation>
    </message>
    <message>
        <source>Drawing the frames…</source>
        <translation>Die Bilder werden gezeichnet …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Saved %1: %2 frames, %3 s.</source>
        <translation>%1 gespeichert: %2 Bilder, %3 s.</translation>
    </message>
    <message>
        <source>(the picture in words: no preview)</source>
        <translation>(das Bild in Worten: keine Vorschau)</translation>
    </message>
</context>
<context>
    <name>awaitscope::FutureVeil</name>
    <message>
        <source>?  What happens next?</source>
        <translation>?  Was passiert als Nächstes?</translation>
    </message>
</context>
<context>
    <name>awaitscope::InputLine</name>
    <message>
        <source>&amp;input():</source>
        <translation>&amp;input():</translation>
    </message>
    <message>
        <source>Type a line here</source>
        <translation>Hier eine Zeile eingeben</translation>
    </message>
    <message>
        <source>Input for the program</source>
        <translation>Eingabe für das Programm</translation>
    </message>
    <message>
        <source>End of input</source>
        <translation>Eingabe beenden</translation>
    </message>
    <message>
        <source>No more input (Ctrl+D): input() raises EOFError</source>
        <translation>Keine weitere Eingabe (Strg+D): input() löst EOFError aus</translation>
    </message>
</context>
<context>
    <name>awaitscope::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
</context>
<context>
    <name>awaitscope::LessonSession</name>
    <message>
        <source>Progress could not be saved: %1</source>
        <translation>Der Fortschritt konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>%1 holds no lesson.</source>
        <translation>%1 enthält keine Lektion.</translation>
    </message>
    <message>
        <source>%1 (edited program)</source>
        <translation>%1 (bearbeitetes Programm)</translation>
    </message>
    <message>
        <source>Settings cannot be saved to %1 (%2). Your edited code is still in the editor: copy it somewhere safe before closing, and check that the folder can be written.</source>
        <translation>Die Einstellungen können nicht in %1 gespeichert werden (%2). Dein bearbeiteter Code ist noch im Editor: Kopiere ihn an einen sicheren Ort, bevor du das Fenster schließt, und prüfe, ob in den Ordner geschrieben werden kann.</translation>
    </message>
    <message>
        <source>no permission or disk full</source>
        <translation>keine Berechtigung oder Datenträger voll</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation>die Datei ist beschädigt</translation>
    </message>
    <message>
        <source>The lesson folder %1 is no longer there (removed or unplugged?). Your edited code is kept; put the folder back or choose another lesson.</source>
        <translation>Der Lektionsordner %1 ist nicht mehr da (gelöscht oder das Laufwerk abgezogen?). Dein bearbeiteter Code bleibt erhalten; stelle den Ordner wieder her oder wähle eine andere Lektion.</translation>
    </message>
</context>
<context>
    <name>awaitscope::LoopPanel</name>
    <message>
        <source>Event loop</source>
        <translation>Event-Loop</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Was passiert</translation>
    </message>
    <message>
        <source>Ready queue</source>
        <translation>Bereit-Warteschlange</translation>
    </message>
    <message>
        <source>Timers</source>
        <translation>Timer</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Zeit:</translation>
    </message>
    <message>
        <source>Now:</source>
        <translation>Jetzt:</translation>
    </message>
    <message>
        <source>Ready queue:</source>
        <translation>Bereit:</translation>
    </message>
    <message>
        <source>Timers:</source>
        <translation>Timer:</translation>
    </message>
    <message>
        <source>no run yet</source>
        <translation>noch kein Lauf</translation>
    </message>
</context>
<context>
    <name>awaitscope::MainWindow</name>
    <message>
        <source>Awaitscope</source>
        <translation>Awaitscope</translation>
    </message>
    <message>
        <source>Progress could not be read (%1); starting afresh.</source>
        <translation>Der Fortschritt konnte nicht gelesen werden (%1); es geht von vorn los.</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lektionen</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Run program</source>
        <translation>Programm &amp;ausführen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Awaitscope</source>
        <translation>&amp;Über Awaitscope</translation>
    </message>
    <message>
        <source>About Awaitscope</source>
        <translation>Über Awaitscope</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Awaitscope %1&lt;/h3&gt;&lt;p&gt;Watch what asyncio really does: tasks, awaits, cancellation and the event loop, drawn on a timeline you can play, step back and scrub.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Awaitscope %1&lt;/h3&gt;&lt;p&gt;Sieh zu, was asyncio wirklich tut: Tasks, awaits, Abbrüche und die Event-Loop, gezeichnet auf einer Zeitleiste, die du abspielen, schrittweise zurückgehen und durchsuchen kannst.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Some lessons could not be loaded: %1</source>
        <translation>Einige Lektionen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stoppen</translation>
    </message>
    <message>
        <source>&amp;Playback</source>
        <translation>&amp;Wiedergabe</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>A&amp;nsicht</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;Engine</source>
        <translation>&amp;Engine</translation>
    </message>
    <message>
        <source>%1 (recorded under %2)</source>
        <translation>%1 (aufgezeichnet unter %2)</translation>
    </message>
</context>
<context>
    <name>awaitscope::PlayerWidget</name>
    <message>
        <source>Player</source>
        <translation>Player</translation>
    </message>
    <message>
        <source>Combinators</source>
        <translation>Kombinatoren</translation>
    </message>
    <message>
        <source>Event loop</source>
        <translation>Event-Loop</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>This run drew nothing: %1</source>
        <translation>Dieser Lauf hat nichts gezeichnet: %1</translation>
    </message>
    <message>
        <source>This run drew nothing: %1. The picture below is from the last run that drew one.</source>
        <translation>Dieser Lauf hat nichts gezeichnet: %1. Das Bild unten stammt vom letzten Lauf, der eines gezeichnet hat.</translation>
    </message>
</context>
<context>
    <name>awaitscope::PredictAddOn</name>
    <message>
        <source>This run was stopped before its end, so it cannot answer the questions. Run the program to its end to predict.</source>
        <translation>Dieser Lauf wurde vor seinem Ende gestoppt und kann die Fragen daher nicht beantworten. Lassen Sie das Programm bis zum Ende laufen, um vorherzusagen.</translation>
    </message>
    <message>
        <source>This run is of your edited program; the questions are about the lesson&apos;s own program. Reset the code to predict (Compare shows the two side by side).</source>
        <translation>Dieser Lauf gehört zu Ihrem bearbeiteten Programm; die Fragen betreffen das Programm der Lektion. Setzen Sie den Code zurück, um vorherzusagen (Vergleichen zeigt beide nebeneinander).</translation>
    </message>
    <message>
        <source>Predict, then reveal</source>
        <translation>Vorhersagen, dann auflösen</translation>
    </message>
</context>
<context>
    <name>awaitscope::PredictPanel</name>
    <message>
        <source>&amp;Predict, then reveal</source>
        <translation>V&amp;orhersagen, dann auflösen</translation>
    </message>
    <message>
        <source>Predict, then reveal</source>
        <translation>Vorhersagen, dann auflösen</translation>
    </message>
    <message>
        <source>Stop before each of the lesson&apos;s questions and answer it before the run shows it</source>
        <translation>Vor jeder Frage der Lektion stoppen und sie beantworten, bevor der Lauf die Antwort zeigt</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Deine Antwort</translation>
    </message>
    <message>
        <source>&amp;Reveal</source>
        <translation>Auf&amp;lösen</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>W&amp;eiter</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Frage %1 von %2</translation>
    </message>
    <message>
        <source>Tick every task that belongs (none is an answer too):</source>
        <translation>Kreuze jeden Task an, der dazugehört (keinen anzukreuzen ist auch eine Antwort):</translation>
    </message>
    <message>
        <source>Choose an answer first.</source>
        <translation>Wähle zuerst eine Antwort.</translation>
    </message>
    <message>
        <source>%1 (none of the options: your changes led elsewhere)</source>
        <translation>%1 (keine der Optionen: Deine Änderungen haben woandershin geführt)</translation>
    </message>
    <message>
        <source>✔ Right!</source>
        <translation>✔ Richtig!</translation>
    </message>
    <message>
        <source>✘ Not quite.</source>
        <translation>✘ Nicht ganz.</translation>
    </message>
    <message>
        <source>The run says: %1.</source>
        <translation>Der Lauf sagt: %1.</translation>
    </message>
    <message>
        <source>The run says: %1. You said: %2.</source>
        <translation>Der Lauf sagt: %1. Du hast gesagt: %2.</translation>
    </message>
    <message>
        <source>The cursor now shows the moment in the timeline.</source>
        <translation>Der Cursor zeigt jetzt den Zeitpunkt in der Zeitleiste.</translation>
    </message>
    <message>
        <source>Your answer could not be saved: %1</source>
        <translation>Deine Antwort konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Turn on Predict to answer each of the lesson&apos;s questions before the run shows the answer.</source>
        <translation>Schalte Vorhersagen ein, um jede Frage der Lektion zu beantworten, bevor der Lauf die Antwort zeigt.</translation>
    </message>
    <message>
        <source>This program has no questions. Choose another program of the lesson.</source>
        <translation>Dieses Programm hat keine Fragen. Wähle ein anderes Programm der Lektion.</translation>
    </message>
    <message>
        <source>All questions of this program are answered. Play on, or run it again.</source>
        <translation>Alle Fragen dieses Programms sind beantwortet. Spiel weiter ab oder führe es erneut aus.</translation>
    </message>
    <message>
        <source>Play the run: it stops before each question.</source>
        <translation>Spiel den Lauf ab: Er stoppt vor jeder Frage.</translation>
    </message>
    <message>
        <source>This lesson: %1 of %2 questions answered right</source>
        <translation>Diese Lektion: %1 von %2 Fragen richtig beantwortet</translation>
    </message>
    <message>
        <source>The timeline shows this moment after the next question, which it would answer.</source>
        <translation>Die Zeitleiste zeigt diesen Moment nach der nächsten Frage, denn er würde sie beantworten.</translation>
    </message>
</context>
<context>
    <name>awaitscope::PresenterMode</name>
    <message>
        <source>&amp;Presenter mode</source>
        <translation>&amp;Präsentationsmodus</translation>
    </message>
    <message>
        <source>Full screen, large fonts and high contrast for a projector (F5; Esc leaves)</source>
        <translation>Vollbild, große Schrift und hoher Kontrast für den Beamer (F5; Esc beendet)</translation>
    </message>
    <message>
        <source>Leave presenter mode</source>
        <translation>Präsentationsmodus verlassen</translation>
    </message>
    <message>
        <source>Lesson %1</source>
        <translation>Lektion %1</translation>
    </message>
</context>
<context>
    <name>awaitscope::RecordedRuns</name>
    <message>
        <source>%1 is not an Awaitscope trace (%2).</source>
        <translation>%1 ist kein Awaitscope-Trace (%2).</translation>
    </message>
    <message>
        <source>&amp;Open Trace…</source>
        <translation>Trace ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a trace written by &quot;awaitscope run --trace&quot; or &quot;awaitscope record&quot; in a player of its own</source>
        <translation>Einen von &quot;awaitscope run --trace&quot; oder &quot;awaitscope record&quot; geschriebenen Trace in einem eigenen Player öffnen</translation>
    </message>
    <message>
        <source>Record under &amp;CPython</source>
        <translation>Unter &amp;CPython aufzeichnen</translation>
    </message>
    <message>
        <source>Run the program under your own CPython 3.11+ on a virtual clock and show what CPython did, beside Awaitscope&apos;s run</source>
        <translation>Das Programm mit Ihrem eigenen CPython 3.11+ auf einer virtuellen Uhr ausführen und zeigen, was CPython tat, neben dem Lauf von Awaitscope</translation>
    </message>
    <message>
        <source>Open Trace</source>
        <translation>Trace öffnen</translation>
    </message>
    <message>
        <source>Awaitscope traces (*.json);;All files (*)</source>
        <translation>Awaitscope-Traces (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Opened %1 in a window of its own.</source>
        <translation>%1 in einem eigenen Fenster geöffnet.</translation>
    </message>
    <message>
        <source>There is no program to record.</source>
        <translation>Es gibt kein Programm zum Aufzeichnen.</translation>
    </message>
    <message>
        <source>Record under CPython</source>
        <translation>Unter CPython aufzeichnen</translation>
    </message>
    <message>
        <source>CPython&apos;s run tells the same scheduling story as Awaitscope&apos;s.</source>
        <translation>Der Lauf unter CPython erzählt dieselbe Ablaufgeschichte wie der von Awaitscope.</translation>
    </message>
    <message>
        <source>CPython&apos;s run differs from Awaitscope&apos;s first at t=%1 (%2): Awaitscope %3, CPython %4.</source>
        <translation>Der Lauf unter CPython weicht zuerst bei t=%1 von dem von Awaitscope ab (%2): Awaitscope %3, CPython %4.</translation>
    </message>
    <message>
        <source>Run the program in Awaitscope to compare the two runs.</source>
        <translation>Führen Sie das Programm in Awaitscope aus, um die beiden Läufe zu vergleichen.</translation>
    </message>
    <message>
        <source>%1 recorded under CPython</source>
        <translation>%1, aufgezeichnet unter CPython</translation>
    </message>
    <message>
        <source>Recording %1 under CPython…</source>
        <translation>%1 wird unter CPython aufgezeichnet…</translation>
    </message>
    <message>
        <source>Open CPython&apos;s Run</source>
        <translation>CPythons Lauf öffnen</translation>
    </message>
    <message>
        <source>Awaitscope</source>
        <translation>Awaitscope</translation>
    </message>
    <message>
        <source>CPython (recorded)</source>
        <translation>CPython (aufgezeichnet)</translation>
    </message>
    <message>
        <source>%1: Awaitscope and CPython</source>
        <translation>%1: Awaitscope und CPython</translation>
    </message>
    <message>
        <source>&amp;Awaitscope&apos;s Interpreter</source>
        <translation>&amp;Awaitscopes Interpreter</translation>
    </message>
    <message>
        <source>Runs are Awaitscope&apos;s own: instant, sandboxed, drawn as they run</source>
        <translation>Awaitscope führt selbst aus: sofort, in der Sandbox, gezeichnet während des Laufs</translation>
    </message>
    <message>
        <source>&amp;CPython (Recorded)</source>
        <translation>&amp;CPython (aufgezeichnet)</translation>
    </message>
    <message>
        <source>Runs are your own CPython 3.11+ running the program with Awaitscope&apos;s recorder: what CPython really did, drawn when it ends. Not sandboxed: the program may use files, the network and any library.</source>
        <translation>Ihr eigenes CPython 3.11+ führt das Programm mit Awaitscopes Rekorder aus: was CPython wirklich tat, gezeichnet an seinem Ende. Keine Sandbox: das Programm darf Dateien, das Netz und jede Bibliothek nutzen.</translation>
    </message>
</context>
<context>
    <name>awaitscope::RunView</name>
    <message>
        <source>Running on the real clock… (Stop: Shift+F5)</source>
        <translation>Läuft auf der echten Uhr… (Stoppen: Umschalt+F5)</translation>
    </message>
    <message>
        <source>Still running… (Stop: Shift+F5)</source>
        <translation>Läuft noch… (Stoppen: Umschalt+F5)</translation>
    </message>
    <message>
        <source>The program waits for input(): type a line under its output and press Enter (Stop: Shift+F5)</source>
        <translation>Das Programm wartet auf input(): unter seiner Ausgabe eine Zeile eingeben und Enter drücken (Stoppen: Umschalt+F5)</translation>
    </message>
    <message>
        <source>Stopping: cancelling every task…</source>
        <translation>Wird gestoppt: Alle Tasks werden abgebrochen…</translation>
    </message>
    <message>
        <source>Awaitscope did not close normally last time, so your edited program was not run. It is in the editor: press Run (Ctrl+Return) when you want it to run.</source>
        <translation>Awaitscope wurde beim letzten Mal nicht normal beendet, daher wurde Ihr bearbeitetes Programm nicht ausgeführt. Es steht im Editor: Drücken Sie Ausführen (Strg+Eingabe), wenn es laufen soll.</translation>
    </message>
    <message numerus="yes">
        <source>Running… %1 s, %n task(s) so far (Stop: Shift+F5)</source>
        <translation>
            <numerusform>Läuft… %1 s, bisher %n Task (Stoppen: Umschalt+F5)</numerusform>
            <numerusform>Läuft… %1 s, bisher %n Tasks (Stoppen: Umschalt+F5)</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Stopped after %1 s; every task was cancelled.</source>
        <translation>Nach %1 s gestoppt; alle Tasks wurden abgebrochen.</translation>
    </message>
    <message>
        <source>Ran in %1 s of real time.</source>
        <translation>Ausgeführt in %1 s echter Zeit.</translation>
    </message>
    <message>
        <source>Ran in %1 s of virtual time.</source>
        <translation>Ausgeführt in %1 s virtueller Zeit.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>CPython runs the program on the real clock; its picture comes when it ends… (Stop: Shift+F5)</source>
        <translation>CPython führt das Programm auf der echten Uhr aus; das Bild kommt an seinem Ende… (Stoppen: Umschalt+F5)</translation>
    </message>
    <message>
        <source>Recording under CPython… (Stop: Shift+F5)</source>
        <translation>Aufzeichnung unter CPython… (Stoppen: Umschalt+F5)</translation>
    </message>
    <message>
        <source>%1 ran it in %2 s of real time (recorded).</source>
        <translation>%1 führte es in %2 s echter Zeit aus (aufgezeichnet).</translation>
    </message>
    <message>
        <source>%1 ran it in %2 s of virtual time (recorded).</source>
        <translation>%1 führte es in %2 s virtueller Zeit aus (aufgezeichnet).</translation>
    </message>
</context>
<context>
    <name>awaitscope::Settings</name>
    <message>
        <source>The limits could not be saved to %1 (%2). Check that this folder can be written.</source>
        <translation>Die Grenzen konnten nicht in %1 gespeichert werden (%2). Prüfe, ob in diesen Ordner geschrieben werden kann.</translation>
    </message>
    <message>
        <source>no permission to write there</source>
        <translation>dort fehlt die Schreibberechtigung</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation>die Datei ist beschädigt</translation>
    </message>
    <message>
        <source>The allowed hosts could not be saved to %1. Check that this folder can be written.</source>
        <translation>Die erlaubten Hosts konnten nicht in %1 gespeichert werden. Prüfe, ob in diesen Ordner geschrieben werden kann.</translation>
    </message>
    <message>
        <source>raise it in Preferences ▸ Limits</source>
        <translation>erhöhe sie unter Einstellungen ▸ Grenzen</translation>
    </message>
</context>
<context>
    <name>awaitscope::SettingsDialog</name>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Recursion depth (nested calls):</source>
        <translation>Rekursionstiefe (verschachtelte Aufrufe):</translation>
    </message>
    <message>
        <source>Steps (statements and loop rounds):</source>
        <translation>Schritte (Anweisungen und Schleifendurchläufe):</translation>
    </message>
    <message>
        <source>Output (characters printed):</source>
        <translation>Ausgabe (ausgegebene Zeichen):</translation>
    </message>
    <message>
        <source>Trace (timeline events):</source>
        <translation>Trace (Ereignisse der Zeitleiste):</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Grenzen</translation>
    </message>
    <message>
        <source>A program that goes past one of these limits is stopped with a message naming the limit. Raise a limit when a correct program needs more.</source>
        <translation>Ein Programm, das eine dieser Grenzen überschreitet, wird mit einer Meldung gestoppt, die die Grenze nennt. Erhöhe eine Grenze, wenn ein korrektes Programm mehr braucht.</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Programs reach only the demo server (http://demo/...). List other hosts here, separated by commas, to let programs on the real clock reach them too.</source>
        <translation>Programme erreichen nur den Demo-Server (http://demo/...). Trage hier weitere Hosts ein, durch Kommas getrennt, damit Programme auf der echten Uhr sie ebenfalls erreichen.</translation>
    </message>
    <message>
        <source>example.org, api.example.org</source>
        <translation>example.org, api.example.org</translation>
    </message>
    <message>
        <source>Allowed hosts:</source>
        <translation>Erlaubte Hosts:</translation>
    </message>
    <message>
        <source>Allowed hosts: %1.</source>
        <translation>Erlaubte Hosts: %1.</translation>
    </message>
    <message>
        <source>Memory the program may use (MB):</source>
        <translation>Speicher, den das Programm belegen darf (MB):</translation>
    </message>
    <message>
        <source>Tasks unfinished at once:</source>
        <translation>Gleichzeitig unbeendete Tasks:</translation>
    </message>
</context>
<context>
    <name>awaitscope::ShortcutsPage</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>In one place</source>
        <translation>An einer Stelle</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>In the code editor: indents (the editor keeps Tab, as code editors do)</source>
        <translation>Im Code-Editor: rückt ein (der Editor behält Tab, wie Code-Editoren es tun)</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>In the code editor: leave it for the timeline</source>
        <translation>Im Code-Editor: ihn verlassen, zur Zeitleiste</translation>
    </message>
    <message>
        <source>Ctrl+Tab / Ctrl+Shift+Tab</source>
        <translation>Strg+Tab / Strg+Umschalt+Tab</translation>
    </message>
    <message>
        <source>In the code editor: leave it for the next or previous control</source>
        <translation>Im Code-Editor: ihn verlassen, zum nächsten oder vorigen Element</translation>
    </message>
    <message>
        <source>Up / Down</source>
        <translation>Hoch / Runter</translation>
    </message>
    <message>
        <source>In the lesson list: choose a lesson. Home, End, Left, Right and Space drive the player there as everywhere else</source>
        <translation>In der Lektionsliste: eine Lektion wählen. Pos1, Ende, Links, Rechts und Leertaste steuern dort den Player wie überall sonst</translation>
    </message>
    <message>
        <source>Wheel</source>
        <translation>Mausrad</translation>
    </message>
    <message>
        <source>On the timeline: zoom around the mouse; with Shift, or over the task names, scroll the tasks</source>
        <translation>Auf der Zeitleiste: um die Maus zoomen; mit Umschalt oder über den Task-Namen die Tasks blättern</translation>
    </message>
    <message>
        <source>Up / Down / Page Up / Page Down</source>
        <translation>Hoch / Runter / Bild auf / Bild ab</translation>
    </message>
    <message>
        <source>On the timeline: scroll the tasks</source>
        <translation>Auf der Zeitleiste: die Tasks blättern</translation>
    </message>
    <message>
        <source>Double click</source>
        <translation>Doppelklick</translation>
    </message>
    <message>
        <source>On the timeline: fit the whole run</source>
        <translation>Auf der Zeitleiste: den ganzen Lauf einpassen</translation>
    </message>
    <message>
        <source>1 … 9</source>
        <translation>1 … 9</translation>
    </message>
    <message>
        <source>In presenter mode: open the lesson at that place in the list</source>
        <translation>Im Präsentationsmodus: die Lektion an dieser Stelle der Liste öffnen</translation>
    </message>
    <message>
        <source>The playback keys work wherever the focus is, except where they type: in the code editor, Space is a space and + a plus.</source>
        <translation>Die Wiedergabetasten wirken überall, wo der Fokus ist, außer wo sie tippen: Im Code-Editor ist die Leertaste ein Leerzeichen und + ein Plus.</translation>
    </message>
</context>
<context>
    <name>awaitscope::TimelineView</name>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>One lane per task over time. Wheel zooms, drag pans, click moves the cursor.</source>
        <translation>Eine Bahn pro Task über die Zeit. Mausrad zoomt, Ziehen verschiebt, Klicken setzt den Cursor.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>created by %1 at %2 s</source>
        <translation>erzeugt von %1 bei %2 s</translation>
    </message>
    <message>
        <source>created at %1 s</source>
        <translation>erzeugt bei %1 s</translation>
    </message>
    <message>
        <source>, line %1</source>
        <translation>, Zeile %1</translation>
    </message>
    <message>
        <source>%1 at %2 s</source>
        <translation>%1 bei %2 s</translation>
    </message>
    <message>
        <source>Scroll the tasks</source>
        <translation>Tasks blättern</translation>
    </message>
    <message>
        <source>no task yet</source>
        <translation>noch kein Task</translation>
    </message>
    <message>
        <source>at %1 s: %2</source>
        <translation>bei %1 s: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n tasks: %1</source>
        <translation>
            <numerusform>%n Task: %1</numerusform>
            <numerusform>%n Tasks: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Click the name to close the group.</source>
        <translation>Ein Klick auf den Namen schließt die Gruppe.</translation>
    </message>
    <message>
        <source>Click the name to show each task.</source>
        <translation>Ein Klick auf den Namen zeigt jeden Task einzeln.</translation>
    </message>
    <message>
        <source>Tasks alive and ready to run</source>
        <translation>Lebende und laufbereite Tasks</translation>
    </message>
</context>
<context>
    <name>awaitscope::TransportBar</name>
    <message>
        <source>Playback controls</source>
        <translation>Wiedergabesteuerung</translation>
    </message>
    <message>
        <source>Jump to start</source>
        <translation>Zum Anfang</translation>
    </message>
    <message>
        <source>Step back</source>
        <translation>Schritt zurück</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>Step forward</source>
        <translation>Schritt vor</translation>
    </message>
    <message>
        <source>Jump to end</source>
        <translation>Zum Ende</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>Langsamer</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>Schneller</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>Wiedergabegeschwindigkeit</translation>
    </message>
    <message>
        <source>Position in the run</source>
        <translation>Position im Lauf</translation>
    </message>
    <message>
        <source>Cursor position</source>
        <translation>Cursorposition</translation>
    </message>
    <message>
        <source>%1 s / %2 s</source>
        <translation>%1 s / %2 s</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Fit the whole run</source>
        <translation>Ganzen Lauf einpassen</translation>
    </message>
    <message>
        <source>Playback speed: virtual seconds per real second ([ or - slower, ] or + faster)</source>
        <translation>Wiedergabegeschwindigkeit: virtuelle Sekunden pro echter Sekunde ([ oder - langsamer, ] oder + schneller)</translation>
    </message>
</context>
</TS>
