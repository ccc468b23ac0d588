<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AllowedHost</name>
    <message>
        <source>an empty host name</source>
        <translation>un nom d’hôte vide</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a wildcard: name each host the program may reach (wildcards are refused, so a program can never reach the whole network)</source>
        <translation>« %1 » est un joker : nommez chaque hôte que le programme peut joindre (les jokers sont refusés, pour qu’un programme ne puisse jamais joindre tout le réseau)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a host name: give only the host, as in example.org, without http:// or a path</source>
        <translation>« %1 » n’est pas un nom d’hôte : donnez seulement l’hôte, comme example.org, sans http:// ni chemin</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a host name: give the host without a port, as in example.org</source>
        <translation>« %1 » n’est pas un nom d’hôte : donnez l’hôte sans port, comme example.org</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a host name: use letters, digits, dashes and dots, as in api.example.org</source>
        <translation>« %1 » n’est pas un nom d’hôte : utilisez des lettres, des chiffres, des tirets et des points, comme api.example.org</translation>
    </message>
</context>
<context>
    <name>AnswerEvaluator</name>
    <message>
        <source>the run does not record this time</source>
        <translation>l&apos;exécution n&apos;enregistre pas ce temps</translation>
    </message>
    <message>
        <source>bad regular expression: %1</source>
        <translation>expression régulière incorrecte&#xa0;: %1</translation>
    </message>
    <message>
        <source>the expression has no group %1</source>
        <translation>l&apos;expression n&apos;a pas de groupe %1</translation>
    </message>
    <message>
        <source>no printed line matches /%1/</source>
        <translation>aucune ligne affichée ne correspond à /%1/</translation>
    </message>
    <message>
        <source>only %1 printed line(s) match /%2/</source>
        <translation>seulement %1 ligne(s) affichée(s) correspondent à /%2/</translation>
    </message>
    <message>
        <source>the run has no task named &quot;%1&quot;</source>
        <translation>l&apos;exécution n&apos;a pas de tâche nommée &quot;%1&quot;</translation>
    </message>
    <message>
        <source>task &quot;%1&quot; did not end during the run</source>
        <translation>la tâche &quot;%1&quot; ne s&apos;est pas terminée pendant l&apos;exécution</translation>
    </message>
    <message>
        <source>no task ended during the run</source>
        <translation>aucune tâche ne s&apos;est terminée pendant l&apos;exécution</translation>
    </message>
    <message>
        <source>overlap needs exactly two tasks</source>
        <translation>overlap attend exactement deux tâches</translation>
    </message>
    <message>
        <source>the run does not record when the tasks were created</source>
        <translation>l&apos;exécution n&apos;enregistre pas quand les tâches ont été créées</translation>
    </message>
    <message>
        <source>unknown answer source &quot;%1&quot;</source>
        <translation>source de réponse inconnue &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the answer &quot;%1&quot; matches more than one option</source>
        <translation>la réponse &quot;%1&quot; correspond à plus d&apos;une option</translation>
    </message>
    <message>
        <source>the answer &quot;%1&quot; matches none of the options</source>
        <translation>la réponse &quot;%1&quot; ne correspond à aucune option</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>virtual (default) or real.</source>
        <translation>virtual (par défaut) ou real.</translation>
    </message>
    <message>
        <source>Write a Chrome/Perfetto trace.</source>
        <translation>Écrit une trace Chrome/Perfetto.</translation>
    </message>
    <message>
        <source>The program.</source>
        <translation>Le programme.</translation>
    </message>
    <message>
        <source>Stop after N nested Python calls (default %1).</source>
        <translation>Arrête le programme après N appels Python imbriqués (par défaut %1).</translation>
    </message>
    <message>
        <source>Stop after N statements and loop rounds (default %1).</source>
        <translation>Arrête le programme après N instructions et tours de boucle (par défaut %1).</translation>
    </message>
    <message>
        <source>Stop after N characters printed (default %1).</source>
        <translation>Arrête le programme après N caractères affichés (par défaut %1).</translation>
    </message>
    <message>
        <source>Stop after N trace events recorded, with --trace (default %1).</source>
        <translation>Arrête le programme après N événements de trace enregistrés, avec --trace (par défaut %1).</translation>
    </message>
    <message>
        <source>aiohttp&apos;s network: sim (default on the virtual clock) or real (loopback demo server; needs --clock real).</source>
        <translation>Le réseau d&apos;aiohttp&#xa0;: sim (par défaut sur l&apos;horloge virtuelle) ou real (serveur de démonstration en boucle locale&#xa0;; attend --clock real).</translation>
    </message>
    <message>
        <source>Let the program reach HOST besides the demo server.</source>
        <translation>Permet au programme d&apos;atteindre HOST en plus du serveur de démonstration.</translation>
    </message>
    <message>
        <source>Open the window: the lessons, their code and the timeline.</source>
        <translation>Ouvre la fenêtre : les leçons, leur code et la frise chronologique.</translation>
    </message>
    <message>
        <source>Without a command Awaitscope opens its window. A Python program given as FILE opens there as a lesson of its own; a trace written by &quot;awaitscope run --trace&quot; opens in a player of its own, played back as it was recorded.</source>
        <translation>Sans commande, Awaitscope ouvre sa fenêtre. Un programme Python donné comme FILE s&apos;y ouvre comme une leçon à part entière ; une trace écrite par « awaitscope run --trace » s&apos;ouvre dans un lecteur à part, rejouée telle qu&apos;elle a été enregistrée.</translation>
    </message>
    <message>
        <source>Open this lesson: a lesson&apos;s id, or a lesson folder (or a folder of lessons) from anywhere.</source>
        <translation>Ouvre cette leçon : l&apos;identifiant d&apos;une leçon, ou un dossier de leçon (ou un dossier de leçons) d&apos;où que ce soit.</translation>
    </message>
    <message>
        <source>Print the version and stop.</source>
        <translation>Affiche la version et s&apos;arrête.</translation>
    </message>
    <message>
        <source>A Python program (FILE.py) or a trace (TRACE.json).</source>
        <translation>Un programme Python (FILE.py) ou une trace (TRACE.json).</translation>
    </message>
    <message>
        <source>Run a Python asyncio program and print its output.</source>
        <translation>Exécute un programme Python asyncio et affiche sa sortie.</translation>
    </message>
    <message>
        <source>Runs FILE.py on Awaitscope&apos;s own interpreter and runtime, as python3 would run it, and prints what it prints. The exit status is the program&apos;s. A program that runs away stops at a limit with one line that names the limit, its value and the flag that raises it.</source>
        <translation>Exécute FILE.py sur l&apos;interpréteur et le runtime propres d&apos;Awaitscope, comme python3 l&apos;exécuterait, et affiche ce qu&apos;il affiche. Le code de sortie est celui du programme. Un programme qui s&apos;emballe s&apos;arrête à une limite, avec une ligne qui nomme la limite, sa valeur et l&apos;option qui la relève.</translation>
    </message>
    <message>
        <source>Write the run&apos;s trace (every task and event) as JSON; the window opens it again.</source>
        <translation>Écrit la trace de l&apos;exécution (chaque tâche et chaque événement) en JSON ; la fenêtre la rouvre.</translation>
    </message>
    <message>
        <source>List the lessons, or check a lesson folder.</source>
        <translation>Liste les leçons, ou vérifie un dossier de leçon.</translation>
    </message>
    <message>
        <source>Lists every lesson, the built-in ones and those in your lessons folder, then the problems of any that did not load. With --check it reads a lesson folder instead, runs its programs and reports every problem as FILE:LINE: message; the exit status is 1 when there is one.</source>
        <translation>Liste toutes les leçons, celles fournies et celles de votre dossier de leçons, puis les problèmes de celles qui n&apos;ont pas pu être chargées. Avec --check, lit plutôt un dossier de leçon, exécute ses programmes et signale chaque problème sous la forme FICHIER:LIGNE: message ; le code de sortie vaut 1 s&apos;il y en a un.</translation>
    </message>
    <message>
        <source>Check the lesson folder DIR (or every lesson in it).</source>
        <translation>Vérifie le dossier de leçon DIR (ou chaque leçon qu&apos;il contient).</translation>
    </message>
    <message>
        <source>Print the folders the lessons and the translations are read from.</source>
        <translation>Affiche les dossiers d&apos;où sont lues les leçons et les traductions.</translation>
    </message>
    <message>
        <source>Run the demo HTTP server alone, on 127.0.0.1.</source>
        <translation>Lance seul le serveur HTTP de démonstration, sur 127.0.0.1.</translation>
    </message>
    <message>
        <source>Runs the demo HTTP server on 127.0.0.1 until you press Ctrl+C, so that the lessons&apos; aiohttp programs can also run under python3 against http://127.0.0.1:P/.</source>
        <translation>Lance le serveur HTTP de démonstration sur 127.0.0.1 jusqu&apos;à ce que vous appuyiez sur Ctrl+C, pour que les programmes aiohttp des leçons puissent aussi tourner sous python3 contre http://127.0.0.1:P/.</translation>
    </message>
    <message>
        <source>Port to listen on (default: one the system picks).</source>
        <translation>Port d&apos;écoute (par défaut&#xa0;: celui que choisit le système).</translation>
    </message>
    <message>
        <source>Draw a run as a picture for slides; no display needed.</source>
        <translation>Dessine une exécution en image pour des diapositives ; aucun écran nécessaire.</translation>
    </message>
    <message>
        <source>The picture&apos;s size in pixels, WIDTHxHEIGHT (default 1920x1080).</source>
        <translation>La taille de l&apos;image en pixels, LARGEURxHAUTEUR (par défaut 1920x1080).</translation>
    </message>
    <message>
        <source>The lesson to draw, by its id (awaitscope lessons).</source>
        <translation>La leçon à dessiner, par son identifiant (awaitscope lessons).</translation>
    </message>
    <message>
        <source>The colours (default light).</source>
        <translation>Les couleurs (par défaut light).</translation>
    </message>
    <message>
        <source>What to draw: the player (default), the timeline alone, or the lesson&apos;s pitfall beside its fix.</source>
        <translation>Ce qu&apos;il faut dessiner : le lecteur (par défaut), la frise seule, ou le piège de la leçon à côté de sa correction.</translation>
    </message>
    <message>
        <source>The caption (default: the lesson&apos;s or program&apos;s title).</source>
        <translation>La légende (par défaut : le titre de la leçon ou du programme).</translation>
    </message>
    <message>
        <source>No caption.</source>
        <translation>Pas de légende.</translation>
    </message>
    <message>
        <source>Write one PNG per frame into DIR.</source>
        <translation>Écrit un PNG par image dans DIR.</translation>
    </message>
    <message>
        <source>How fast the run plays in --frames and animations (default 1; 2 is twice as fast).</source>
        <translation>La vitesse de lecture de l&apos;exécution dans --frames et les animations (par défaut 1 ; 2 est deux fois plus rapide).</translation>
    </message>
    <message>
        <source>The program to draw, instead of --lesson.</source>
        <translation>Le programme à dessiner, au lieu de --lesson.</translation>
    </message>
    <message>
        <source>Awaitscope shows what asyncio really does, one task at a time: it runs Python asyncio programs on its own runtime and draws every task, await and cancellation on a timeline.</source>
        <translation>Awaitscope montre ce que fait vraiment asyncio, une tâche à la fois : il exécute des programmes Python asyncio sur son propre runtime et dessine chaque tâche, chaque await et chaque annulation sur une frise chronologique.</translation>
    </message>
    <message>
        <source>The language of the window, the messages and the lessons for this run (default: English on the command line, the saved choice in the window).</source>
        <translation>La langue de la fenêtre, des messages et des leçons pour cette exécution (par défaut : l&apos;anglais en ligne de commande, le choix enregistré dans la fenêtre).</translation>
    </message>
    <message>
        <source>Show this help and stop.</source>
        <translation>Affiche cette aide et s&apos;arrête.</translation>
    </message>
    <message>
        <source>The moment to draw: seconds of the run, event:N (the N-th event; two events at one instant are two moments) or end (the default).</source>
        <translation>Le moment à dessiner : secondes de l’exécution, event:N (le N-ième événement ; deux événements au même instant sont deux moments) ou end (par défaut).</translation>
    </message>
    <message>
        <source>With --lesson: draw the moment a section of the lesson explains, with its title as the caption.</source>
        <translation>Avec --lesson : dessine le moment qu’explique une section de la leçon, avec son titre en légende.</translation>
    </message>
    <message>
        <source>Stop when the program has used N megabytes of memory (default %1).</source>
        <translation>Arrêter quand le programme a utilisé N mégaoctets de mémoire (par défaut %1).</translation>
    </message>
    <message>
        <source>Runs a lesson&apos;s program (or FILE.py) on the virtual clock and draws it: PNG, SVG or PDF as the --out file is named, the picture in words (.txt: each task&apos;s state, what gather and wait hold, the output so far; alt text for a slide), or the run played from start to end at --fps and --speed: an animated GIF that loops (.gif) or an H.264 video (.mp4). Two runs write the same bytes.</source>
        <translation>Exécute le programme d’une leçon (ou FILE.py) sur l’horloge virtuelle et le dessine&#xa0;: PNG, SVG ou PDF selon le nom du fichier --out, l’image en mots (.txt&#xa0;: l’état de chaque tâche, ce que contiennent gather et wait, la sortie jusqu’ici&#xa0;; texte alternatif pour une diapositive) ou l’exécution jouée du début à la fin selon --fps et --speed&#xa0;: un GIF animé qui tourne en boucle (.gif) ou une vidéo H.264 (.mp4). Deux exécutions écrivent les mêmes octets.</translation>
    </message>
    <message>
        <source>Where to write: FILE.png, FILE.svg, FILE.pdf or FILE.txt, or an animation: FILE.gif or FILE.mp4.</source>
        <translation>Où écrire&#xa0;: FILE.png, FILE.svg, FILE.pdf ou FILE.txt, ou une animation&#xa0;: FILE.gif ou FILE.mp4.</translation>
    </message>
    <message>
        <source>Frames per second of --frames and animations (default 10; a GIF takes at most 50).</source>
        <translation>Images par seconde de --frames et des animations (par défaut 10&#xa0;; 50 au plus pour un GIF).</translation>
    </message>
    <message>
        <source>Where an animation starts, in seconds of the run (default 0).</source>
        <translation>Où une animation commence, en secondes de l’exécution (par défaut 0).</translation>
    </message>
    <message>
        <source>Where an animation stops, in seconds of the run (default: its end).</source>
        <translation>Où une animation s’arrête, en secondes de l’exécution (par défaut&#xa0;: sa fin).</translation>
    </message>
    <message>
        <source>Record a run of a program under CPython as a trace.</source>
        <translation>Enregistrer une exécution d’un programme sous CPython comme trace.</translation>
    </message>
    <message>
        <source>Where to write the trace (required).</source>
        <translation>Où écrire la trace (obligatoire).</translation>
    </message>
    <message>
        <source>The Python to run it with (default: python3 on PATH).</source>
        <translation>Le Python avec lequel l’exécuter (par défaut&#xa0;: python3 dans le PATH).</translation>
    </message>
    <message>
        <source>Stop the program after this many real seconds (default 120).</source>
        <translation>Arrêter le programme après ce nombre de secondes réelles (120 par défaut).</translation>
    </message>
    <message>
        <source>Compare the scheduling stories of two traces.</source>
        <translation>Compare l’histoire d’ordonnancement de deux traces.</translation>
    </message>
    <message>
        <source>Reads two traces (written by &quot;awaitscope run --trace&quot; or &quot;awaitscope record&quot;) and says &quot;same scheduling story&quot; when the same tasks, in the same creation order and with the same names, each ran, waited on the same kind of thing, woke and ended at the same times, every combinator got and gave back the same, and the same output came at the same times; otherwise it prints the first difference: where, when, what the first trace has and what the second has. Tasks and futures are matched by their order, not their ids; wait&apos;s done and pending sets are compared as sets. The exit status is 0 for the same story, 1 for a difference, 2 when a trace cannot be read.</source>
        <translation>Lit deux traces (écrites par &quot;awaitscope run --trace&quot; ou &quot;awaitscope record&quot;) et dit &quot;même histoire d’ordonnancement&quot; quand les mêmes tâches, dans le même ordre de création et avec les mêmes noms, ont chacune tourné, attendu le même genre de chose, été réveillées et fini aux mêmes instants, que chaque combinateur a reçu et rendu la même chose et que la même sortie est venue aux mêmes instants&#xa0;; sinon elle affiche la première différence&#xa0;: où, quand, ce qu’a la première trace et ce qu’a la seconde. Tâches et futures sont appariées par leur ordre, pas par leurs identifiants&#xa0;; les ensembles done et pending de wait sont comparés comme des ensembles. Le code de sortie est 0 pour la même histoire, 1 pour une différence, 2 quand une trace ne peut pas être lue.</translation>
    </message>
    <message>
        <source>The expected run.</source>
        <translation>L’exécution attendue.</translation>
    </message>
    <message>
        <source>The run to compare with it.</source>
        <translation>L’exécution à comparer avec elle.</translation>
    </message>
    <message>
        <source>Runs FILE.py under your own CPython (3.11 or newer: python3 on PATH, or --python) with the recorder Awaitscope ships, on a virtual clock that jumps to the next timer when nothing is ready (or, with --clock real, on asyncio&apos;s own loop and the real clock), and writes what CPython did as an Awaitscope trace: the tasks, their steps, what each one waited on, their ends and the output with its time. The window opens the trace like any other. The program&apos;s output passes through; the exit status is the program&apos;s, or 1 when nothing could be recorded.</source>
        <translation>Exécute FILE.py sous votre propre CPython (3.11 ou plus récent&#xa0;: python3 dans le PATH, ou --python) avec l’enregistreur fourni par Awaitscope, sur une horloge virtuelle qui saute au prochain minuteur quand rien n’est prêt (ou, avec --clock real, sur la boucle d’asyncio elle-même et l’horloge réelle), et écrit ce qu’a fait CPython comme trace Awaitscope&#xa0;: les tâches, leurs pas, ce que chacune attendait, leur fin et la sortie avec son instant. La fenêtre ouvre la trace comme toute autre. La sortie du programme passe telle quelle&#xa0;; le code de sortie est celui du programme, ou 1 quand rien n’a pu être enregistré.</translation>
    </message>
    <message>
        <source>virtual (default: deterministic, comparable with &quot;awaitscope run&quot;) or real (asyncio&apos;s own loop and clock: real sockets, any library).</source>
        <translation>virtual (par défaut&#xa0;: déterministe, comparable avec &quot;awaitscope run&quot;) ou real (la boucle et l’horloge d’asyncio elles-mêmes&#xa0;: vrais sockets, n’importe quelle bibliothèque).</translation>
    </message>
    <message>
        <source>Given to the program as sys.argv[1:].</source>
        <translation>Transmis au programme comme sys.argv[1:].</translation>
    </message>
    <message>
        <source>Stop when more than N tasks are unfinished at once (default %1).</source>
        <translation>Arrête le programme quand plus de N tâches sont inachevées à la fois (par défaut %1).</translation>
    </message>
</context>
<context>
    <name>ComparisonBuilder</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, ligne %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>This lesson has no pitfall and fix to compare.</source>
        <translation>Cette leçon n&apos;a pas de piège et de correction à comparer.</translation>
    </message>
    <message>
        <source>Your program is the lesson&apos;s program: edit it first, then compare the two.</source>
        <translation>Votre programme est celui de la leçon&#xa0;: modifiez-le d&apos;abord, puis comparez les deux.</translation>
    </message>
    <message>
        <source>your edit of %1</source>
        <translation>votre version de %1</translation>
    </message>
    <message>
        <source>the lesson&apos;s program (%1)</source>
        <translation>le programme de la leçon (%1)</translation>
    </message>
    <message>
        <source>your edit</source>
        <translation>votre version</translation>
    </message>
    <message>
        <source>This lesson has no parameters to vary.</source>
        <translation>Cette leçon n&apos;a pas de paramètres à faire varier.</translation>
    </message>
    <message>
        <source>Both settings are the same: change a parameter, then compare.</source>
        <translation>Les deux réglages sont identiques&#xa0;: changez un paramètre, puis comparez.</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>--fps %1 is not a frame rate: give a number from 1 to 120.</source>
        <translation>--fps %1 n&apos;est pas une fréquence d&apos;images&#xa0;: donnez un nombre de 1 à 120.</translation>
    </message>
    <message>
        <source>--speed %1 is not a speed: give a positive number (2 plays the run twice as fast).</source>
        <translation>--speed %1 n&apos;est pas une vitesse&#xa0;: donnez un nombre positif (2 joue l&apos;exécution deux fois plus vite).</translation>
    </message>
    <message>
        <source>--size %1 is not a picture size: use WIDTHxHEIGHT (16 to 16384 each), 1080p or 4k.</source>
        <translation>--size %1 n&apos;est pas une taille d&apos;image&#xa0;: utilisez LARGEURxHAUTEUR (de 16 à 16384 chacune), 1080p ou 4k.</translation>
    </message>
    <message>
        <source>--theme %1 is not a theme: use %2.</source>
        <translation>--theme %1 n&apos;est pas un thème&#xa0;: utilisez %2.</translation>
    </message>
    <message>
        <source>--view %1 is not a view: use player, timeline or compare.</source>
        <translation>--view %1 n&apos;est pas une vue&#xa0;: utilisez player, timeline ou compare.</translation>
    </message>
    <message>
        <source>Say what to draw: --lesson ID or a FILE.py.</source>
        <translation>Indiquez quoi dessiner&#xa0;: --lesson ID ou un FILE.py.</translation>
    </message>
    <message>
        <source>Give either --lesson or a FILE.py, not both.</source>
        <translation>Donnez soit --lesson, soit un FILE.py, pas les deux.</translation>
    </message>
    <message>
        <source>%1 is not a Python program (FILE.py).</source>
        <translation>%1 n&apos;est pas un programme Python (FILE.py).</translation>
    </message>
    <message>
        <source>--view compare needs --lesson ID: it compares the lesson&apos;s pitfall.py with its fixed.py.</source>
        <translation>--view compare attend --lesson ID&#xa0;: la vue compare le pitfall.py de la leçon avec son fixed.py.</translation>
    </message>
    <message>
        <source>--caption and --no-caption contradict each other.</source>
        <translation>--caption et --no-caption se contredisent.</translation>
    </message>
    <message>
        <source>Export needs a graphical application object (internal error).</source>
        <translation>L&apos;export a besoin d&apos;un objet application graphique (erreur interne).</translation>
    </message>
    <message>
        <source>There is no lesson %1. Lessons: %2.</source>
        <translation>Il n&apos;y a pas de leçon %1. Leçons&#xa0;: %2.</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>aucune trouvée</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Lesson %1 has no pitfall and fixed programs to compare; use --view player.</source>
        <translation>La leçon %1 n&apos;a pas de programmes pitfall et fixed à comparer&#xa0;; utilisez --view player.</translation>
    </message>
    <message>
        <source>Lesson %1 has no program to run.</source>
        <translation>La leçon %1 n&apos;a aucun programme à exécuter.</translation>
    </message>
    <message>
        <source>Cannot find the program %1.</source>
        <translation>Programme %1 introuvable.</translation>
    </message>
    <message>
        <source>%1 exited with status %2; drawing it anyway.
%3</source>
        <translation>%1 s&apos;est terminé avec le statut %2&#xa0;; il est dessiné quand même.
%3</translation>
    </message>
    <message>
        <source>--at %1 is not a moment: give seconds (like 3 or 4.5), event:N (N from 1) or &quot;end&quot;.</source>
        <translation>--at %1 n’est pas un moment : donnez des secondes (comme 3 ou 4.5), event:N (N à partir de 1) ou « end ».</translation>
    </message>
    <message>
        <source>--section and --at both choose the moment: give one of them.</source>
        <translation>--section et --at choisissent tous deux le moment : n’en donnez qu’un.</translation>
    </message>
    <message>
        <source>--section needs --lesson ID: sections belong to a lesson.</source>
        <translation>--section nécessite --lesson ID : les sections appartiennent à une leçon.</translation>
    </message>
    <message>
        <source>Lesson %1 has no section %2. Its sections: %3.</source>
        <translation>La leçon %1 n’a pas de section %2. Ses sections : %3.</translation>
    </message>
    <message>
        <source>The moment of section %1 never happens in this run; drawing the end.</source>
        <translation>Le moment de la section %1 n’arrive jamais dans cette exécution ; la fin est dessinée.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n frame(s) to %1 (%2 frames per second).</source>
        <translation>
            <numerusform>%n image écrite dans %1 (%2 images par seconde).</numerusform>
            <numerusform>%n images écrites dans %1 (%2 images par seconde).</numerusform>
        </translation>
    </message>
    <message>
        <source>Say where to write: --out FILE.png, FILE.svg, FILE.pdf or FILE.txt, an animation FILE.gif or FILE.mp4 (or --frames DIR).</source>
        <translation>Indiquez où écrire&#xa0;: --out FILE.png, FILE.svg, FILE.pdf ou FILE.txt, une animation FILE.gif ou FILE.mp4 (ou --frames DIR).</translation>
    </message>
    <message>
        <source>--out %1: name the file .png, .svg, .pdf or .txt (or .gif, .mp4 for an animation) to choose the format.</source>
        <translation>--out %1&#xa0;: nommez le fichier .png, .svg, .pdf ou .txt (ou .gif, .mp4 pour une animation) pour choisir le format.</translation>
    </message>
    <message>
        <source>Wrote %1: %2 frames at %3 frames per second, %4 s, %5×%6 (%7).</source>
        <translation>%1 écrit&#xa0;: %2 images à %3 images par seconde, %4 s, %5×%6 (%7).</translation>
    </message>
    <message>
        <source>--%1 %2 is not a moment: give seconds of the run, like 3 or 4.5.</source>
        <translation>--%1 %2 n’est pas un moment&#xa0;: indiquez des secondes de l’exécution, comme 3 ou 4.5.</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>%1 · at %2</source>
        <translation>%1 · à %2</translation>
    </message>
    <message>
        <source>Combinators</source>
        <translation>Combinateurs</translation>
    </message>
    <message>
        <source>Event loop</source>
        <translation>Boucle d&apos;événements</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>Console</translation>
    </message>
    <message>
        <source>The picture size %1×%2 is out of range: use 16 to 16384 pixels on each side.</source>
        <translation>La taille d&apos;image %1×%2 est hors limites&#xa0;: utilisez de 16 à 16384 pixels de côté.</translation>
    </message>
    <message>
        <source>Could not encode the PNG image: %1</source>
        <translation>Impossible d&apos;encoder l&apos;image PNG&#xa0;: %1</translation>
    </message>
    <message>
        <source>A run drawn by Awaitscope</source>
        <translation>Une exécution dessinée par Awaitscope</translation>
    </message>
    <message>
        <source>Nothing was drawn for %1.</source>
        <translation>Rien n&apos;a été dessiné pour %1.</translation>
    </message>
    <message>
        <source>There is no clipboard without a graphical session.</source>
        <translation>Il n&apos;y a pas de presse-papiers sans session graphique.</translation>
    </message>
    <message>
        <source>The clipboard is not available.</source>
        <translation>Le presse-papiers n&apos;est pas disponible.</translation>
    </message>
    <message>
        <source>Frames need a frame rate between 1 and 120 and a positive speed.</source>
        <translation>Les images demandent une fréquence entre 1 et 120 et une vitesse positive.</translation>
    </message>
    <message>
        <source>%1 frames are too many (at most %2): raise --speed or lower --fps.</source>
        <translation>%1 images, c&apos;est trop (au plus %2)&#xa0;: augmentez --speed ou baissez --fps.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Could not encode %1: %2</source>
        <translation>Impossible d&apos;encoder %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>A GIF or an MP4 is an animation of the whole run, not one picture.</source>
        <translation>Un GIF ou un MP4 est une animation de toute l’exécution, pas une seule image.</translation>
    </message>
    <message>
        <source>Cannot tell the format of %1: name it .png, .svg, .pdf, .txt, .gif or .mp4.</source>
        <translation>Impossible de deviner le format de %1&#xa0;: nommez-le .png, .svg, .pdf, .txt, .gif ou .mp4.</translation>
    </message>
    <message>
        <source>The run takes no time on its clock (it ends at 0 s), so there is nothing to play: export a picture (.png) instead.</source>
        <translation>L’exécution ne prend aucun temps sur son horloge (elle finit à 0 s)&#xa0;: il n’y a rien à jouer. Exportez plutôt une image (.png).</translation>
    </message>
    <message>
        <source>Cannot write an animation as %1: name it .gif or .mp4 (or export numbered PNG frames with --frames DIR).</source>
        <translation>Impossible d’écrire une animation en %1&#xa0;: nommez-la .gif ou .mp4 (ou exportez des images PNG numérotées avec --frames DIR).</translation>
    </message>
    <message>
        <source>(no suffix)</source>
        <translation>(sans extension)</translation>
    </message>
    <message>
        <source>A GIF plays at most %1 frames per second (its delays are hundredths of a second): lower --fps, or write an .mp4.</source>
        <translation>Un GIF joue au plus %1 images par seconde (ses délais se comptent en centièmes de seconde)&#xa0;: baissez --fps ou écrivez un .mp4.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2 is a file, not a folder.</source>
        <translation>Impossible d’écrire %1&#xa0;: %2 est un fichier, pas un dossier.</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 does not exist. Create it or choose another.</source>
        <translation>Impossible d’écrire %1&#xa0;: le dossier %2 n’existe pas. Créez-le ou choisissez-en un autre.</translation>
    </message>
    <message>
        <source>%1 is not a regular file; choose another name</source>
        <translation>%1 n’est pas un fichier ordinaire&#xa0;; choisissez un autre nom</translation>
    </message>
    <message>
        <source>A video needs an even width and height: drew %1×%2 instead of %3×%4.</source>
        <translation>Une vidéo demande une largeur et une hauteur paires&#xa0;: dessinée en %1×%2 au lieu de %3×%4.</translation>
    </message>
    <message>
        <source>Cannot write %1: no temporary folder (%2).</source>
        <translation>Impossible d’écrire %1&#xa0;: pas de dossier temporaire (%2).</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>libx264 is missing here, so the video is %1 (MPEG-4 part 2), which some browsers and slide tools do not play.</source>
        <translation>libx264 manque ici&#xa0;: la vidéo est donc en %1 (MPEG-4 partie 2), que certains navigateurs et logiciels de présentation ne lisent pas.</translation>
    </message>
    <message>
        <source>the video came out empty</source>
        <translation>la vidéo est vide</translation>
    </message>
    <message>
        <source>%1 s to %2 s is not a stretch of this run, which lasts %3 s: give a start before the end, both within the run.</source>
        <translation>De %1 s à %2 s n’est pas une portion de cette exécution, qui dure %3 s&#xa0;: donnez un début avant la fin, tous deux dans l’exécution.</translation>
    </message>
</context>
<context>
    <name>GifEncoder</name>
    <message>
        <source>The GIF encoder (giflib) failed: %1</source>
        <translation>L’encodeur GIF (giflib) a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>A frame of %1×%2 pixels does not fit a GIF of %3×%4.</source>
        <translation>Une image de %1×%2 pixels ne correspond pas à un GIF de %3×%4.</translation>
    </message>
    <message>
        <source>The animation has no frames.</source>
        <translation>L’animation n’a aucune image.</translation>
    </message>
</context>
<context>
    <name>HttpPhase</name>
    <message>
        <source>queued</source>
        <translation>en file d&apos;attente</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>connexion</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>receiving</source>
        <translation>réception</translation>
    </message>
</context>
<context>
    <name>Interpreter</name>
    <message>
        <source>output limit reached: the program printed more than %1 characters</source>
        <translation>limite de sortie atteinte&#xa0;: le programme a affiché plus de %1 caractères</translation>
    </message>
    <message>
        <source>step limit reached: the program ran more than %1 steps (an endless loop?)</source>
        <translation>limite de pas atteinte&#xa0;: le programme a exécuté plus de %1 pas (une boucle infinie&#xa0;?)</translation>
    </message>
    <message>
        <source>memory limit reached: a string of more than %1 characters</source>
        <translation>limite de mémoire atteinte&#xa0;: une chaîne de plus de %1 caractères</translation>
    </message>
    <message>
        <source>trace limit reached: the run recorded more than %1 events for the timeline</source>
        <translation>limite de trace atteinte&#xa0;: l&apos;exécution a enregistré plus de %1 événements pour la frise chronologique</translation>
    </message>
    <message>
        <source>raise it with %1 N</source>
        <translation>augmentez-la avec %1 N</translation>
    </message>
    <message>
        <source>memory limit reached: the program used more than %1 MB</source>
        <translation>limite de mémoire atteinte&#xa0;: le programme a utilisé plus de %1 Mo</translation>
    </message>
    <message>
        <source>task limit reached: the program had more than %1 tasks unfinished at once</source>
        <translation>limite de tâches atteinte&#xa0;: le programme avait plus de %1 tâches inachevées à la fois</translation>
    </message>
</context>
<context>
    <name>Lesson</name>
    <message>
        <source>must be a number</source>
        <translation>doit être un nombre</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>doit être un nombre entier</translation>
    </message>
    <message>
        <source>%1 is outside %2..%3</source>
        <translation>%1 est hors de %2..%3</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>doit valoir true ou false</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>doit être une chaîne</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the choices (%2)</source>
        <translation>&quot;%1&quot; ne fait pas partie des choix (%2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the choices</source>
        <translation>&quot;%1&quot; ne fait pas partie des choix</translation>
    </message>
    <message>
        <source>unknown type</source>
        <translation>type inconnu</translation>
    </message>
</context>
<context>
    <name>LessonChecker</name>
    <message>
        <source>the program could not be run: %1</source>
        <translation>le programme n&apos;a pas pu être exécuté&#xa0;: %1</translation>
    </message>
    <message>
        <source>section &quot;%1&quot;: its moment never happens in the run of %2</source>
        <translation>section &quot;%1&quot;&#xa0;: son moment n&apos;arrive jamais dans l&apos;exécution de %2</translation>
    </message>
    <message>
        <source>question &quot;%1&quot;: the answer cannot be computed from the run of %2: %3</source>
        <translation>question &quot;%1&quot;&#xa0;: la réponse ne peut pas être calculée à partir de l&apos;exécution de %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>question &quot;%1&quot;: the run of %2 gives &quot;%3&quot;, not a number</source>
        <translation>question &quot;%1&quot;&#xa0;: l&apos;exécution de %2 donne &quot;%3&quot;, pas un nombre</translation>
    </message>
    <message>
        <source>question &quot;%1&quot;: in the run of %2, %3</source>
        <translation>question &quot;%1&quot;&#xa0;: dans l&apos;exécution de %2, %3</translation>
    </message>
    <message>
        <source>%1: no such folder
</source>
        <translation>%1&#xa0;: ce dossier n&apos;existe pas
</translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is also used by %2</source>
        <translation>l&apos;identifiant &quot;%1&quot; est aussi utilisé par %2</translation>
    </message>
    <message>
        <source>checked %1 lesson(s): %2 problem(s)
</source>
        <translation>%1 leçon(s) vérifiée(s)&#xa0;: %2 problème(s)
</translation>
    </message>
    <message>
        <source>  (your lesson)</source>
        <translation>  (votre leçon)</translation>
    </message>
    <message>
        <source>
Lessons that did not load:
</source>
        <translation>
Leçons qui n&apos;ont pas été chargées&#xa0;:
</translation>
    </message>
    <message>
        <source>the program exits with status %1</source>
        <translation>le programme se termine avec le statut %1</translation>
    </message>
    <message>
        <source>the program exits with status %1: %2</source>
        <translation>le programme se termine avec le statut %1 : %2</translation>
    </message>
    <message>
        <source>section &quot;%1&quot;: at its moment the picture of %2 does not show &quot;%3&quot; (see it in words with `awaitscope export --lesson %4 --section %1 --out %1.txt`)</source>
        <translation>section « %1 » : à son moment, l’image de %2 ne montre pas « %3 » (en mots : `awaitscope export --lesson %4 --section %1 --out %1.txt`)</translation>
    </message>
</context>
<context>
    <name>LessonLibrary</name>
    <message>
        <source>the id &quot;%1&quot; is already used by %2; choose another id (and folder name)</source>
        <translation>l&apos;identifiant &quot;%1&quot; est déjà utilisé par %2&#xa0;; choisissez-en un autre (et un autre nom de dossier)</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>ne peut pas être lu</translation>
    </message>
    <message>
        <source>is neither a lesson folder nor a Python program</source>
        <translation>n&apos;est ni un dossier de leçon ni un programme Python</translation>
    </message>
    <message>
        <source>holds no lesson</source>
        <translation>ne contient aucune leçon</translation>
    </message>
</context>
<context>
    <name>LessonProgress</name>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1&#xa0;: impossible de créer le dossier</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Awaitscope (format %2); this version does not change it, so progress made now is not kept</source>
        <translation>%1 a été écrit par une version plus récente d’Awaitscope (format %2) ; cette version ne le modifie pas, la progression actuelle n’est donc pas enregistrée</translation>
    </message>
    <message>
        <source>%1 is not a progress file Awaitscope can read</source>
        <translation>%1 n’est pas un fichier de progression lisible par Awaitscope</translation>
    </message>
    <message>
        <source>%1; it could not be moved aside, so progress made now is not saved over it</source>
        <translation>%1 ; impossible de le mettre de côté, la progression actuelle n’est donc pas enregistrée par-dessus</translation>
    </message>
    <message>
        <source>%1; it was kept as %2, starting afresh</source>
        <translation>%1 ; il a été conservé sous %2, nouveau départ</translation>
    </message>
</context>
<context>
    <name>LessonReader</name>
    <message>
        <source>unknown key &quot;%1&quot; (allowed here: %2)</source>
        <translation>clé inconnue &quot;%1&quot; (permises ici&#xa0;: %2)</translation>
    </message>
    <message>
        <source>missing key &quot;%1&quot;</source>
        <translation>clé &quot;%1&quot; manquante</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation>&quot;%1&quot; doit être une chaîne</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must not be empty</source>
        <translation>&quot;%1&quot; ne doit pas être vide</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a number</source>
        <translation>&quot;%1&quot; doit être un nombre</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number</source>
        <translation>&quot;%1&quot; doit être un nombre entier</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list</source>
        <translation>&quot;%1&quot; doit être une liste</translation>
    </message>
    <message>
        <source>%1 must be an object { ... }</source>
        <translation>%1 doit être un objet { ... }</translation>
    </message>
    <message>
        <source>every entry of &quot;%1&quot; must be a non-empty string</source>
        <translation>chaque entrée de &quot;%1&quot; doit être une chaîne non vide</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is used twice</source>
        <translation>%1 &quot;%2&quot; est utilisé deux fois</translation>
    </message>
    <message>
        <source>&quot;at&quot; needs &quot;event&quot; or &quot;time&quot;</source>
        <translation>&quot;at&quot; attend &quot;event&quot; ou &quot;time&quot;</translation>
    </message>
    <message>
        <source>&quot;time&quot; must not be negative</source>
        <translation>&quot;time&quot; ne doit pas être négatif</translation>
    </message>
    <message>
        <source>unknown event &quot;%1&quot; (use start, end, output, %2)</source>
        <translation>événement inconnu &quot;%1&quot; (utilisez start, end, output, %2)</translation>
    </message>
    <message>
        <source>&quot;step&quot; must be more than 0</source>
        <translation>&quot;step&quot; doit être supérieur à 0</translation>
    </message>
    <message>
        <source>&quot;max&quot; must be more than &quot;min&quot;</source>
        <translation>&quot;max&quot; doit être supérieur à &quot;min&quot;</translation>
    </message>
    <message>
        <source>a symbol choice</source>
        <translation>un choix de symbole</translation>
    </message>
    <message>
        <source>a symbol parameter needs at least two choices</source>
        <translation>un paramètre symbole attend au moins deux choix</translation>
    </message>
    <message>
        <source>unknown parameter type &quot;%1&quot; (use int, float, bool, string or symbol)</source>
        <translation>type de paramètre inconnu &quot;%1&quot; (utilisez int, float, bool, string ou symbol)</translation>
    </message>
    <message>
        <source>parameter name &quot;%1&quot; must be lowercase letters, digits and _</source>
        <translation>le nom de paramètre &quot;%1&quot; ne doit contenir que des minuscules, des chiffres et _</translation>
    </message>
    <message>
        <source>&quot;default&quot; does not fit the type %1</source>
        <translation>&quot;default&quot; ne correspond pas au type %1</translation>
    </message>
    <message>
        <source>parameter &quot;%1&quot;: default %2</source>
        <translation>paramètre &quot;%1&quot;&#xa0;: default %2</translation>
    </message>
    <message>
        <source>missing key &quot;from&quot;: say how the answer is computed from the run</source>
        <translation>clé &quot;from&quot; manquante&#xa0;: indiquez comment la réponse est calculée à partir de l&apos;exécution</translation>
    </message>
    <message>
        <source>&quot;occurrence&quot; counts from 1 (or from -1 at the end)</source>
        <translation>&quot;occurrence&quot; compte à partir de 1 (ou de -1 depuis la fin)</translation>
    </message>
    <message>
        <source>&quot;overlap&quot; compares exactly two tasks</source>
        <translation>&quot;overlap&quot; compare exactement deux tâches</translation>
    </message>
    <message>
        <source>unknown answer source &quot;%1&quot; (use %2)</source>
        <translation>source de réponse inconnue &quot;%1&quot; (utilisez %2)</translation>
    </message>
    <message>
        <source>bad regular expression: %1</source>
        <translation>expression régulière incorrecte&#xa0;: %1</translation>
    </message>
    <message>
        <source>the expression has only %1 group(s)</source>
        <translation>l&apos;expression n&apos;a que %1 groupe(s)</translation>
    </message>
    <message>
        <source>a number question needs a number, but &quot;%1&quot; gives a word; make it a choice</source>
        <translation>une question numérique attend un nombre, mais &quot;%1&quot; donne un mot&#xa0;; faites-en une question à choix</translation>
    </message>
    <message>
        <source>&quot;tolerance&quot; must not be negative</source>
        <translation>&quot;tolerance&quot; ne doit pas être négatif</translation>
    </message>
    <message>
        <source>unknown question kind &quot;%1&quot; (use number or choice)</source>
        <translation>type de question inconnu &quot;%1&quot; (utilisez number ou choice)</translation>
    </message>
    <message>
        <source>an option</source>
        <translation>une option</translation>
    </message>
    <message>
        <source>option value</source>
        <translation>valeur d&apos;option</translation>
    </message>
    <message>
        <source>a choice question needs at least two options</source>
        <translation>une question à choix attend au moins deux options</translation>
    </message>
    <message>
        <source>marker names &quot;%1&quot;, which is not a parameter in lesson.json</source>
        <translation>le marqueur nomme &quot;%1&quot;, qui n&apos;est pas un paramètre de lesson.json</translation>
    </message>
    <message>
        <source>parameter &quot;%1&quot; is marked twice</source>
        <translation>le paramètre &quot;%1&quot; est marqué deux fois</translation>
    </message>
    <message>
        <source>a marked line must look like `NAME = VALUE  # param: %1`</source>
        <translation>une ligne marquée doit avoir cette forme&#xa0;: `NAME = VALUE  # param: %1`</translation>
    </message>
    <message>
        <source>a marked line must look like `... NAME = VALUE; // param: %1`</source>
        <translation>une ligne marquée doit avoir cette forme&#xa0;: `... NAME = VALUE; // param: %1`</translation>
    </message>
    <message>
        <source>the program sets %1 but the default of parameter &quot;%2&quot; is %3; make them agree</source>
        <translation>le programme donne %1 mais la valeur par défaut du paramètre &quot;%2&quot; est %3&#xa0;; accordez-les</translation>
    </message>
    <message>
        <source>missing: every lesson folder needs a lesson.json</source>
        <translation>manquant&#xa0;: chaque dossier de leçon a besoin d&apos;un lesson.json</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>JSON non valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>lesson.json must hold an object { ... }</source>
        <translation>lesson.json doit contenir un objet { ... }</translation>
    </message>
    <message>
        <source>missing key &quot;format&quot; (this version reads &quot;format&quot;: %1)</source>
        <translation>clé &quot;format&quot; manquante (cette version lit &quot;format&quot;: %1)</translation>
    </message>
    <message>
        <source>format %1 is newer than this Awaitscope understands (%2): update Awaitscope</source>
        <translation>le format %1 est plus récent que ce que comprend cet Awaitscope (%2)&#xa0;: mettez Awaitscope à jour</translation>
    </message>
    <message>
        <source>&quot;format&quot; must be %1</source>
        <translation>&quot;format&quot; doit valoir %1</translation>
    </message>
    <message>
        <source>id &quot;%1&quot; must be lowercase letters, digits and single dashes</source>
        <translation>l&apos;identifiant &quot;%1&quot; ne doit contenir que des minuscules, des chiffres et des tirets isolés</translation>
    </message>
    <message>
        <source>id &quot;%1&quot; differs from the folder name &quot;%2&quot;; rename one of them</source>
        <translation>l&apos;identifiant &quot;%1&quot; diffère du nom de dossier &quot;%2&quot;&#xa0;; renommez l&apos;un des deux</translation>
    </message>
    <message>
        <source>&quot;order&quot; must be 1 or more</source>
        <translation>&quot;order&quot; doit valoir 1 ou plus</translation>
    </message>
    <message>
        <source>give at least one takeaway</source>
        <translation>donnez au moins un point à retenir</translation>
    </message>
    <message>
        <source>a program</source>
        <translation>un programme</translation>
    </message>
    <message>
        <source>program id</source>
        <translation>identifiant de programme</translation>
    </message>
    <message>
        <source>&quot;file&quot; must be a .py file inside the lesson folder</source>
        <translation>&quot;file&quot; doit être un fichier .py dans le dossier de la leçon</translation>
    </message>
    <message>
        <source>missing program: %1 is not in the lesson folder</source>
        <translation>programme manquant&#xa0;: %1 n&apos;est pas dans le dossier de la leçon</translation>
    </message>
    <message>
        <source>no program with the id &quot;main&quot;</source>
        <translation>aucun programme avec l&apos;identifiant &quot;main&quot;</translation>
    </message>
    <message>
        <source>a contrast lesson needs both &quot;pitfall&quot; and &quot;fixed&quot;</source>
        <translation>une leçon de contraste a besoin de &quot;pitfall&quot; et de &quot;fixed&quot;</translation>
    </message>
    <message>
        <source>a parameter</source>
        <translation>un paramètre</translation>
    </message>
    <message>
        <source>a section</source>
        <translation>une section</translation>
    </message>
    <message>
        <source>section id</source>
        <translation>identifiant de section</translation>
    </message>
    <message>
        <source>no program with the id &quot;%1&quot;</source>
        <translation>aucun programme avec l&apos;identifiant &quot;%1&quot;</translation>
    </message>
    <message>
        <source>give at least one section of explanation</source>
        <translation>donnez au moins une section d&apos;explication</translation>
    </message>
    <message>
        <source>a question</source>
        <translation>une question</translation>
    </message>
    <message>
        <source>question id</source>
        <translation>identifiant de question</translation>
    </message>
    <message>
        <source>parameter &quot;%1&quot; is not marked in any program: end the line that sets it with `# param: %1`</source>
        <translation>le paramètre &quot;%1&quot; n&apos;est marqué dans aucun programme&#xa0;: terminez la ligne qui le définit par `# param: %1`</translation>
    </message>
    <message>
        <source>%1 is a link to a file outside the lesson folder; copy the program into the folder instead</source>
        <translation>%1 est un lien vers un fichier hors du dossier de la leçon&#xa0;; copiez plutôt le programme dans le dossier</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a device, a pipe or a folder); the program must be a normal file</source>
        <translation>%1 n’est pas un fichier ordinaire (un périphérique, un tube ou un dossier) ; le programme doit être un fichier ordinaire</translation>
    </message>
    <message>
        <source>expected a list of strings</source>
        <translation>une liste de chaînes est attendue</translation>
    </message>
    <message>
        <source>expected a list of non-empty strings</source>
        <translation>une liste de chaînes non vides est attendue</translation>
    </message>
    <message>
        <source>&quot;%1&quot; of an int parameter must be between -%2 and %2</source>
        <translation>« %1 » d’un paramètre int doit être compris entre -%2 et %2</translation>
    </message>
</context>
<context>
    <name>LessonTranslation</name>
    <message>
        <source>a translation must be a non-empty string</source>
        <translation>une traduction doit être une chaîne non vide</translation>
    </message>
    <message>
        <source>must be an object { ... } keyed by id</source>
        <translation>doit être un objet { ... } indexé par identifiant</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; in a translation</source>
        <translation>clé inconnue &quot;%1&quot; dans une traduction</translation>
    </message>
    <message>
        <source>&quot;format&quot; must be %1</source>
        <translation>&quot;format&quot; doit valoir %1</translation>
    </message>
    <message>
        <source>lesson.json has no program &quot;%1&quot;</source>
        <translation>lesson.json n&apos;a pas de programme &quot;%1&quot;</translation>
    </message>
    <message>
        <source>lesson.json has no section &quot;%1&quot;</source>
        <translation>lesson.json n&apos;a pas de section &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;takeaways&quot; must list %1 translations, one per takeaway</source>
        <translation>&quot;takeaways&quot; doit contenir %1 traductions, une par point à retenir</translation>
    </message>
    <message>
        <source>lesson.json has no parameter &quot;%1&quot;</source>
        <translation>lesson.json n&apos;a pas de paramètre &quot;%1&quot;</translation>
    </message>
    <message>
        <source>lesson.json has no question &quot;%1&quot;</source>
        <translation>lesson.json n&apos;a pas de question &quot;%1&quot;</translation>
    </message>
    <message>
        <source>question &quot;%1&quot; has no option &quot;%2&quot;</source>
        <translation>la question &quot;%1&quot; n&apos;a pas d&apos;option &quot;%2&quot;</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; (translatable here: %2)</source>
        <translation>clé inconnue &quot;%1&quot; (traduisibles ici&#xa0;: %2)</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>JSON non valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>a translation must hold an object { ... }</source>
        <translation>une traduction doit contenir un objet { ... }</translation>
    </message>
    <message>
        <source>a translation is named lesson.LANG.json, LANG like de or pt_BR</source>
        <translation>une traduction se nomme lesson.LANG.json, LANG comme de ou pt_BR</translation>
    </message>
    <message>
        <source>&quot;language&quot; must be &quot;%1&quot;, as in the file name</source>
        <translation>&quot;language&quot; doit valoir &quot;%1&quot;, comme dans le nom du fichier</translation>
    </message>
</context>
<context>
    <name>ParameterSubstitution</name>
    <message>
        <source>no parameter named &quot;%1&quot;</source>
        <translation>aucun paramètre nommé &quot;%1&quot;</translation>
    </message>
    <message>
        <source>parameter &quot;%1&quot;: %2</source>
        <translation>paramètre &quot;%1&quot;&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ProgramModules</name>
    <message>
        <source>module &apos;%1&apos;: %2 leads out of the program&apos;s folder; Awaitscope reads a program&apos;s modules only from its folder</source>
        <translation>module &apos;%1&apos;&#xa0;: %2 mène hors du dossier du programme&#xa0;; Awaitscope ne lit les modules d’un programme que dans son dossier</translation>
    </message>
    <message>
        <source>module &apos;%1&apos;: %2</source>
        <translation>module &apos;%1&apos;&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>PythonRunner</name>
    <message>
        <source>awaitscope: &apos;%1&apos; is the program itself; write the trace to another file
</source>
        <translation>awaitscope : « %1 » est le programme lui-même ; écrivez la trace dans un autre fichier
</translation>
    </message>
</context>
<context>
    <name>RunModel</name>
    <message>
        <source>the loop</source>
        <translation>la boucle</translation>
    </message>
    <message>
        <source>connection %1 (reused)</source>
        <translation>connexion %1 (réutilisée)</translation>
    </message>
    <message>
        <source>connection %1</source>
        <translation>connexion %1</translation>
    </message>
    <message>
        <source>status %1</source>
        <translation>statut %1</translation>
    </message>
    <message>
        <source>Before the first event</source>
        <translation>Avant le premier événement</translation>
    </message>
    <message>
        <source>After the last event</source>
        <translation>Après le dernier événement</translation>
    </message>
    <message>
        <source>%1 created by %2</source>
        <translation>%1 créée par %2</translation>
    </message>
    <message>
        <source>%1 created</source>
        <translation>%1 créée</translation>
    </message>
    <message>
        <source>%1 runs</source>
        <translation>%1 s&apos;exécute</translation>
    </message>
    <message>
        <source>%1 sleeps</source>
        <translation>%1 dort</translation>
    </message>
    <message>
        <source>%1 awaits %2</source>
        <translation>%1 attend %2</translation>
    </message>
    <message>
        <source>%1 yields to the loop</source>
        <translation>%1 rend la main à la boucle</translation>
    </message>
    <message>
        <source>%1 blocks the loop for %2 s</source>
        <translation>%1 bloque la boucle pendant %2 s</translation>
    </message>
    <message>
        <source>%1 awaits a combinator</source>
        <translation>%1 attend un combinateur</translation>
    </message>
    <message>
        <source>%1 is suspended (%2)</source>
        <translation>%1 est suspendue (%2)</translation>
    </message>
    <message>
        <source>%1 finished</source>
        <translation>%1 est terminée</translation>
    </message>
    <message>
        <source>%1 returned %2</source>
        <translation>%1 a renvoyé %2</translation>
    </message>
    <message>
        <source>%1 raised %2</source>
        <translation>%1 a levé %2</translation>
    </message>
    <message>
        <source>%1 was cancelled</source>
        <translation>%1 a été annulée</translation>
    </message>
    <message>
        <source>%1 asks to cancel %2</source>
        <translation>%1 demande l&apos;annulation de %2</translation>
    </message>
    <message>
        <source>cancel requested for %1</source>
        <translation>annulation demandée pour %1</translation>
    </message>
    <message>
        <source>%1 is ready again</source>
        <translation>%1 est de nouveau prête</translation>
    </message>
    <message>
        <source>%1 enters %2</source>
        <translation>%1 entre dans %2</translation>
    </message>
    <message>
        <source>%1 returns to %2</source>
        <translation>%1 revient à %2</translation>
    </message>
    <message>
        <source>combinator</source>
        <translation>combinateur</translation>
    </message>
    <message>
        <source>as_completed hands out a result</source>
        <translation>as_completed livre un résultat</translation>
    </message>
    <message>
        <source>timer set for %1 s</source>
        <translation>minuteur réglé sur %1 s</translation>
    </message>
    <message>
        <source>timer fired</source>
        <translation>le minuteur se déclenche</translation>
    </message>
    <message>
        <source>loop pass: %1 ready</source>
        <translation>passage de la boucle&#xa0;: %1 prête(s)</translation>
    </message>
    <message>
        <source>%1 prints %2</source>
        <translation>%1 affiche %2</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source> (line %1)</source>
        <translation> (ligne %1)</translation>
    </message>
    <message>
        <source>suspended: sleeping</source>
        <translation>suspendue&#xa0;: dort</translation>
    </message>
    <message>
        <source>suspended: awaiting %1</source>
        <translation>suspendue&#xa0;: attend %1</translation>
    </message>
    <message>
        <source>a combinator</source>
        <translation>un combinateur</translation>
    </message>
    <message>
        <source>suspended: %1</source>
        <translation>suspendue&#xa0;: %1</translation>
    </message>
    <message>
        <source>from %1 s to %2 s (%3)</source>
        <translation>de %1 s à %2 s (%3)</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>%1 awaits %2()</source>
        <translation>%1 attend %2()</translation>
    </message>
    <message>
        <source>suspended: awaiting %1()</source>
        <translation>suspendue&#xa0;: attend %1()</translation>
    </message>
    <message>
        <source>the timers of %1 are due at this same moment but were armed after more of the loop&apos;s wake-ups, each a little late on a real clock; CPython fires them at its next wake-up</source>
        <translation>les minuteurs de %1 échoient à ce même instant mais ont été armés après plus de réveils de la boucle d&apos;événements, chacun un peu en retard sur une horloge réelle&#xa0;; CPython les déclenche à son prochain réveil</translation>
    </message>
    <message>
        <source>waiting for a free worker thread</source>
        <translation>attend un thread de travail libre</translation>
    </message>
    <message>
        <source>in a worker thread: in time.sleep until %1 s</source>
        <translation>dans un thread de travail&#xa0;: dans time.sleep jusqu’à %1 s</translation>
    </message>
    <message>
        <source>%1 reads %2, typed for input()</source>
        <translation>%1 lit %2, saisi pour input()</translation>
    </message>
    <message>
        <source>%1 sleeps %2 s in its worker thread; the loop runs on</source>
        <translation>%1 dort %2 s dans son thread de travail&#xa0;; la boucle continue</translation>
    </message>
    <message>
        <source>loop pass: %1 ready (asyncio.run&apos;s shutdown)</source>
        <translation>passage de la boucle&#xa0;: %1 prête(s) (fermeture d&apos;asyncio.run)</translation>
    </message>
</context>
<context>
    <name>RunOutcome</name>
    <message>
        <source>no recorded output %1</source>
        <translation>aucune sortie enregistrée %1</translation>
    </message>
    <message>
        <source>no recorded outcome %1</source>
        <translation>aucun résultat enregistré %1</translation>
    </message>
    <message>
        <source>%1: not a JSON object (%2)</source>
        <translation>%1&#xa0;: pas un objet JSON (%2)</translation>
    </message>
</context>
<context>
    <name>RunStateText</name>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n autre</numerusform>
            <numerusform>+%n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>ready to run</source>
        <translation>prête à s’exécuter</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>blocking the loop: nothing else can run</source>
        <translation>bloque la boucle : rien d’autre ne peut s’exécuter</translation>
    </message>
    <message>
        <source>ready: its sleep ended at %1, but the loop is busy</source>
        <translation>prête : son sommeil a pris fin à %1, mais la boucle est occupée</translation>
    </message>
    <message>
        <source>suspended, sleeping until %1</source>
        <translation>suspendue, en sommeil jusqu’à %1</translation>
    </message>
    <message>
        <source>suspended, sleeping</source>
        <translation>suspendue, en sommeil</translation>
    </message>
    <message>
        <source>suspended, awaiting %1</source>
        <translation>suspendue, attend %1</translation>
    </message>
    <message>
        <source>a combinator</source>
        <translation>un combinateur</translation>
    </message>
    <message>
        <source>suspended, yielded to the loop</source>
        <translation>suspendue, a rendu la main à la boucle</translation>
    </message>
    <message>
        <source>suspended, waiting for the network</source>
        <translation>suspendue, attend le réseau</translation>
    </message>
    <message>
        <source>suspended, awaiting a future</source>
        <translation>suspendue, attend un future</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminées</translation>
    </message>
    <message>
        <source>done, returned %1</source>
        <translation>terminée, a retourné %1</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>échec : %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>%1: %2 (line %3)</source>
        <translation>%1 : %2 (ligne %3)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 raised %2</source>
        <translation>%1 a levé %2</translation>
    </message>
    <message>
        <source>%1 was cancelled</source>
        <translation>%1 a été annulée</translation>
    </message>
    <message>
        <source>wait returned: done={%1}, pending={%2}</source>
        <translation>wait a retourné : done={%1}, pending={%2}</translation>
    </message>
    <message>
        <source>gather returned [%1]</source>
        <translation>gather a retourné [%1]</translation>
    </message>
    <message>
        <source>as_completed handed out %1</source>
        <translation>as_completed a remis %1</translation>
    </message>
    <message>
        <source>%1 returned</source>
        <translation>%1 a retourné</translation>
    </message>
    <message>
        <source>%1 — %2, line %3</source>
        <translation>%1 — %2, ligne %3</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>waiting, timeout at %1</source>
        <translation>en attente, délai à %1</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>returned at %1, when the timeout passed</source>
        <translation>a retourné à %1, quand le délai est passé</translation>
    </message>
    <message>
        <source>returned at %1</source>
        <translation>a retourné à %1</translation>
    </message>
    <message>
        <source>raised %1 at %2</source>
        <translation>a levé %1 à %2</translation>
    </message>
    <message>
        <source>cancelled at %1</source>
        <translation>annulée à %1</translation>
    </message>
    <message>
        <source>%1 (failed: %2)</source>
        <translation>%1 (échec : %2)</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>wait is waiting: done={%1}, pending={%2}</source>
        <translation>wait attend : done={%1}, pending={%2}</translation>
    </message>
    <message>
        <source>handed out</source>
        <translation>livrées</translation>
    </message>
    <message>
        <source>still running</source>
        <translation>encore en cours</translation>
    </message>
    <message>
        <source>as_completed has handed out nothing yet</source>
        <translation>as_completed n’a encore rien remis</translation>
    </message>
    <message>
        <source>as_completed handed out, in order: %1</source>
        <translation>as_completed a remis, dans l’ordre : %1</translation>
    </message>
    <message>
        <source>; the timeout passed, so every remaining await raises TimeoutError</source>
        <translation> ; le délai est passé, donc chaque await restant lève TimeoutError</translation>
    </message>
    <message>
        <source>finished after gather raised: result discarded</source>
        <translation>terminée après que gather a levé : résultat abandonné</translation>
    </message>
    <message>
        <source>still running: result discarded</source>
        <translation>toujours en cours : résultat abandonné</translation>
    </message>
    <message>
        <source>%1 is waiting for %2</source>
        <translation>%1 attend %2</translation>
    </message>
    <message>
        <source>%1 at %2; %3: results discarded</source>
        <translation>%1 à %2 ; %3 : résultats abandonnés</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Ready queue: %1</source>
        <translation>File des prêtes : %1</translation>
    </message>
    <message>
        <source>Timers: %1</source>
        <translation>Minuteries : %1</translation>
    </message>
    <message>
        <source>nothing has happened yet</source>
        <translation>rien ne s&apos;est encore passé</translation>
    </message>
    <message>
        <source>%1, before the first event</source>
        <translation>%1, avant le premier événement</translation>
    </message>
    <message>
        <source>%1, event %2 of %3</source>
        <translation>%1, événement %2 sur %3</translation>
    </message>
    <message>
        <source>At %1</source>
        <translation>À %1</translation>
    </message>
    <message>
        <source>Last event: %1</source>
        <translation>Dernier événement : %1</translation>
    </message>
    <message>
        <source>Tasks:</source>
        <translation>Tâches :</translation>
    </message>
    <message>
        <source>  none yet</source>
        <translation>  aucun pour l’instant</translation>
    </message>
    <message>
        <source>Event loop: Ready queue: %1 · Timers: %2</source>
        <translation>Boucle d’événements : File des prêtes : %1 · Minuteries : %2</translation>
    </message>
    <message>
        <source>Output so far:</source>
        <translation>Sortie jusqu’ici :</translation>
    </message>
    <message>
        <source>  nothing printed yet</source>
        <translation>  rien d’affiché pour l’instant</translation>
    </message>
    <message numerus="yes">
        <source>… %n more</source>
        <translation>
            <numerusform>… %n de plus</numerusform>
            <numerusform>… %n de plus</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has every result; the awaiting task resumes on a later loop pass</source>
        <translation>%1 a tous les résultats ; la tâche qui attend reprend lors d’un passage ultérieur de la boucle</translation>
    </message>
    <message>
        <source>timed out at %1: the next await raised TimeoutError</source>
        <translation>délai dépassé à %1 : le await suivant a levé TimeoutError</translation>
    </message>
    <message>
        <source>handed out its last result at %1</source>
        <translation>a remis son dernier résultat à %1</translation>
    </message>
    <message>
        <source>cancelled before gather raised</source>
        <translation>annulée avant que gather ne lève l’exception</translation>
    </message>
    <message>
        <source>cancelled after gather raised</source>
        <translation>annulée après que gather a levé l’exception</translation>
    </message>
    <message>
        <source>failed before gather raised: %1 reaches nobody</source>
        <translation>échouée avant que gather ne lève l’exception&#xa0;: %1 n’atteint personne</translation>
    </message>
    <message>
        <source>failed after gather raised: %1 reaches nobody</source>
        <translation>échouée après que gather a levé l’exception&#xa0;: %1 n’atteint personne</translation>
    </message>
    <message>
        <source>done before gather raised: %1 is discarded</source>
        <translation>terminée avant que gather ne lève l’exception&#xa0;: %1 est ignoré</translation>
    </message>
    <message>
        <source>suspended, awaiting %1()</source>
        <translation>suspendue, attend %1()</translation>
    </message>
    <message>
        <source>%1 · %2: same moment, armed after more wake-ups; CPython fires these at its next wake-up</source>
        <translation>%1 · %2&#xa0;: même instant, armés après plus de réveils&#xa0;; CPython les déclenche à son prochain réveil</translation>
    </message>
    <message>
        <source>the timer of %1</source>
        <translation>le minuteur de %1</translation>
    </message>
    <message>
        <source>a timer</source>
        <translation>un minuteur</translation>
    </message>
    <message numerus="yes">
        <source>+%n more timers</source>
        <translation>
            <numerusform>+%n autre minuteur</numerusform>
            <numerusform>+%n autres minuteurs</numerusform>
        </translation>
    </message>
    <message>
        <source>in time.sleep in its worker thread until %1; the loop runs on</source>
        <translation>dans time.sleep dans son thread de travail jusqu’à %1&#xa0;; la boucle continue</translation>
    </message>
    <message>
        <source>running in its worker thread, beside the loop</source>
        <translation>s’exécute dans son thread de travail, à côté de la boucle</translation>
    </message>
    <message>
        <source>waiting for a free worker thread</source>
        <translation>attend un thread de travail libre</translation>
    </message>
</context>
<context>
    <name>RunnerClient</name>
    <message>
        <source>The program could not be started: %1 (%2). Reinstall Awaitscope; the runner belongs beside the awaitscope program.</source>
        <translation>Impossible de démarrer le programme&#xa0;: %1 (%2). Réinstallez Awaitscope&#xa0;; l’exécuteur doit se trouver à côté du programme awaitscope.</translation>
    </message>
    <message>
        <source>The program did not stop within %1 seconds (a blocking call?), so the process that ran it was ended; its tasks were not cancelled.</source>
        <translation>Le programme ne s’est pas arrêté en %1 secondes (un appel bloquant&#xa0;?), le processus qui l’exécutait a donc été terminé&#xa0;; ses tâches n’ont pas été annulées.</translation>
    </message>
    <message>
        <source>The process that ran the program ended unexpectedly (%1). This is a fault in Awaitscope, not in your program; the picture shows what ran until then.</source>
        <translation>Le processus qui exécutait le programme s’est arrêté de façon inattendue (%1). C’est une erreur d’Awaitscope, pas de votre programme&#xa0;; l’image montre ce qui s’est exécuté jusque-là.</translation>
    </message>
    <message>
        <source>The process that ran the program ended without reporting the ending (exit status %1). This is a fault in Awaitscope, not in your program; the picture shows what ran until then.</source>
        <translation>Le processus qui exécutait le programme s’est arrêté sans signaler la fin (code de sortie %1). C’est une erreur d’Awaitscope, pas de votre programme&#xa0;; l’image montre ce qui s’est exécuté jusque-là.</translation>
    </message>
</context>
<context>
    <name>ServeCommand</name>
    <message>
        <source>awaitscope serve: --port must be a number from 0 to 65535, got &apos;%1&apos;.</source>
        <translation>awaitscope serve&#xa0;: --port doit être un nombre de 0 à 65535, pas &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>awaitscope serve: %1
Choose another port with --port, or 0 for any free port.</source>
        <translation>awaitscope serve&#xa0;: %1
Choisissez un autre port avec --port, ou 0 pour n&apos;importe quel port libre.</translation>
    </message>
    <message>
        <source>Demo server listening on %1 (Ctrl+C stops it)</source>
        <translation>Serveur de démonstration à l&apos;écoute sur %1 (Ctrl+C l&apos;arrête)</translation>
    </message>
</context>
<context>
    <name>TaskStatus</name>
    <message>
        <source>not created</source>
        <translation>pas encore créée</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>prête</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>suspendue</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échouée</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>blocking the loop</source>
        <translation>bloque la boucle</translation>
    </message>
    <message>
        <source>in a worker thread</source>
        <translation>dans un thread de travail</translation>
    </message>
</context>
<context>
    <name>TimelinePainter</name>
    <message>
        <source>timeout %1</source>
        <translation>timeout %1</translation>
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
        <translation>await future</translation>
    </message>
    <message>
        <source>I/O</source>
        <translation>E/S</translation>
    </message>
    <message>
        <source>yield</source>
        <translation>yield</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>bloquée</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>tasks: %1</source>
        <translation>tâches&#xa0;: %1</translation>
    </message>
    <message>
        <source>wake-up</source>
        <translation>réveil</translation>
    </message>
    <message>
        <source>cancel</source>
        <translation>annulation</translation>
    </message>
    <message>
        <source>timeout</source>
        <translation>timeout</translation>
    </message>
    <message numerus="yes">
        <source>+%n more not shown (%1 tasks in all)</source>
        <translation>
            <numerusform>+%n autre non affichée (%1 tâches en tout)</numerusform>
            <numerusform>+%n autres non affichées (%1 tâches en tout)</numerusform>
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
            <numerusform>%n vivante</numerusform>
            <numerusform>%n vivantes</numerusform>
        </translation>
    </message>
    <message>
        <source>tasks alive / ready</source>
        <translation>vivantes / prêtes</translation>
    </message>
    <message>
        <source>same moment, left for the next wake-up</source>
        <translation>même instant, laissé au prochain réveil</translation>
    </message>
    <message>
        <source>tasks: %1 · jobs: %2</source>
        <translation>tâches&#xa0;: %1 · travaux&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>TraceStory</name>
    <message>
        <source>(nothing)</source>
        <translation>(rien)</translation>
    </message>
    <message>
        <source>tasks</source>
        <translation>tâches</translation>
    </message>
    <message>
        <source>task %1</source>
        <translation>tâche %1</translation>
    </message>
    <message>
        <source>combinators</source>
        <translation>combinateurs</translation>
    </message>
    <message>
        <source>output</source>
        <translation>sortie</translation>
    </message>
    <message>
        <source>end</source>
        <translation>fin</translation>
    </message>
    <message>
        <source>same scheduling story</source>
        <translation>même histoire d’ordonnancement</translation>
    </message>
    <message>
        <source>first difference at t=%1, %2:
  expected: %3
  found:    %4</source>
        <translation>première différence à t=%1, %2&#xa0;:
  attendu&#xa0;: %3
  trouvé&#xa0;:  %4</translation>
    </message>
</context>
<context>
    <name>VideoEncoder</name>
    <message>
        <source>The video encoder %1 refused a frame: %2</source>
        <translation>L’encodeur vidéo %1 a refusé une image&#xa0;: %2</translation>
    </message>
    <message>
        <source>The video encoder %1 failed: %2</source>
        <translation>L’encodeur vidéo %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot write the video: %1</source>
        <translation>Impossible d’écrire la vidéo&#xa0;: %1</translation>
    </message>
    <message>
        <source>A video needs an even width and height, not %1×%2.</source>
        <translation>Une vidéo demande une largeur et une hauteur paires, pas %1×%2.</translation>
    </message>
    <message>
        <source>This FFmpeg cannot write MP4 files: %1</source>
        <translation>Ce FFmpeg ne sait pas écrire de fichiers MP4&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (not in this FFmpeg)</source>
        <translation>%1 (absent de ce FFmpeg)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No video encoder could be opened (tried %1). Install FFmpeg&apos;s libavcodec with libx264 (Debian: libavcodec59), or export a .gif instead.</source>
        <translation>Aucun encodeur vidéo n’a pu être ouvert (essayés&#xa0;: %1). Installez libavcodec de FFmpeg avec libx264 (Debian&#xa0;: libavcodec59), ou exportez plutôt un .gif.</translation>
    </message>
    <message>
        <source>Cannot set up the video stream.</source>
        <translation>Impossible de préparer le flux vidéo.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Out of memory for a video frame.</source>
        <translation>Plus assez de mémoire pour une image de la vidéo.</translation>
    </message>
    <message>
        <source>Cannot convert the frames to the video&apos;s colours (libswscale).</source>
        <translation>Impossible de convertir les images dans les couleurs de la vidéo (libswscale).</translation>
    </message>
    <message>
        <source>The video is not open.</source>
        <translation>La vidéo n’est pas ouverte.</translation>
    </message>
    <message>
        <source>The video encoder failed: %1</source>
        <translation>L’encodeur vidéo a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot finish the video: %1</source>
        <translation>Impossible de terminer la vidéo&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>awaitscope</name>
    <message>
        <source>(nothing yet)</source>
        <translation>(rien pour l&apos;instant)</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1 : fichier introuvable</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file</source>
        <translation>%1 est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a device, a pipe or a socket); give a normal file</source>
        <translation>%1 n’est pas un fichier ordinaire (un périphérique, un tube ou un socket) ; indiquez un fichier ordinaire</translation>
    </message>
    <message>
        <source>%1 is too large (%2; at most %3 are read)</source>
        <translation>%1 est trop volumineux (%2 ; au plus %3 sont lus)</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1 : lecture impossible : %2</translation>
    </message>
    <message>
        <source>%1 is too large (at most %2 are read)</source>
        <translation>%1 est trop volumineux (au plus %2 sont lus)</translation>
    </message>
    <message>
        <source>%1 is not a regular file; choose another name</source>
        <translation>%1 n’est pas un fichier ordinaire ; choisissez un autre nom</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Choose a folder you can write to.</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2. Choisissez un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the disk is full or the file is too large</source>
        <translation>le disque est plein ou le fichier est trop volumineux</translation>
    </message>
    <message>
        <source>Unexpected argument %1: the command takes none.</source>
        <translation>Argument inattendu %1 : la commande n&apos;en prend aucun.</translation>
    </message>
    <message>
        <source>Unexpected argument %1: the command takes one %2.</source>
        <translation>Argument inattendu %1 : la commande prend un seul %2.</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Option inconnue&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1 takes no value.</source>
        <translation>%1 ne prend pas de valeur.</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 attend une valeur.</translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation>%1 manque.</translation>
    </message>
    <message>
        <source>awaitscope: --lang %1 is not a language here; use %2.</source>
        <translation>awaitscope&#xa0;: --lang %1 n&apos;est pas une langue disponible&#xa0;; utilisez %2.</translation>
    </message>
    <message>
        <source>awaitscope: %1 does not exist.</source>
        <translation>awaitscope : %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>awaitscope: unknown command &apos;%1&apos; (try --help)</source>
        <translation>awaitscope&#xa0;: commande inconnue &apos;%1&apos; (essayez --help)</translation>
    </message>
    <message>
        <source>awaitscope: %1 is neither a Python program (.py) nor an Awaitscope trace (%2).</source>
        <translation>awaitscope : %1 n&apos;est ni un programme Python (.py) ni une trace Awaitscope (%2).</translation>
    </message>
    <message>
        <source>awaitscope: no display found (DISPLAY and WAYLAND_DISPLAY are unset).
Run it under a virtual display instead:  xvfb-run -a awaitscope
</source>
        <translation>awaitscope : aucun écran trouvé (DISPLAY et WAYLAND_DISPLAY ne sont pas définies).
Lancez-le plutôt sur un écran virtuel :  xvfb-run -a awaitscope
</translation>
    </message>
    <message>
        <source>There is no lesson %1 (awaitscope lessons lists them).</source>
        <translation>Il n&apos;y a pas de leçon %1 (awaitscope lessons les liste).</translation>
    </message>
    <message>
        <source>awaitscope run: --clock must be &apos;virtual&apos; or &apos;real&apos;, not &apos;%1&apos;</source>
        <translation>awaitscope run&#xa0;: --clock doit valoir &apos;virtual&apos; ou &apos;real&apos;, pas &apos;%1&apos;</translation>
    </message>
    <message>
        <source>awaitscope run: --net must be &apos;sim&apos; or &apos;real&apos;, not &apos;%1&apos;</source>
        <translation>awaitscope run&#xa0;: --net doit valoir &apos;sim&apos; ou &apos;real&apos;, pas &apos;%1&apos;</translation>
    </message>
    <message>
        <source>awaitscope run: --net real needs --clock real (the virtual clock cannot wait for sockets)</source>
        <translation>awaitscope run&#xa0;: --net real attend --clock real (l&apos;horloge virtuelle ne peut pas attendre des sockets)</translation>
    </message>
    <message>
        <source>Built-in lessons: %1</source>
        <translation>Leçons fournies : %1</translation>
    </message>
    <message>
        <source>Your lessons: %1</source>
        <translation>Vos leçons : %1</translation>
    </message>
    <message>
        <source>Translations: %1</source>
        <translation>Traductions : %1</translation>
    </message>
    <message>
        <source>awaitscope lessons: the built-in lessons are missing: %1 is not a folder (reinstall, or set AWAITSCOPE_DATA_DIR).</source>
        <translation>awaitscope lessons : les leçons fournies manquent : %1 n&apos;est pas un dossier (réinstallez, ou définissez AWAITSCOPE_DATA_DIR).</translation>
    </message>
    <message>
        <source>Try &quot;awaitscope export --help&quot;.</source>
        <translation>Essayez « awaitscope export --help ».</translation>
    </message>
    <message>
        <source>Try &quot;%1 --help&quot;.</source>
        <translation>Essayez « %1 --help ».</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>Utilisation :</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <source>Each command tells more with --help, e.g. &quot;%1 run --help&quot;.</source>
        <translation>Chaque commande en dit plus avec --help, par exemple « %1 run --help ».</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options :</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Arguments :</translation>
    </message>
    <message>
        <source>+1 earlier line</source>
        <translation>+1 ligne précédente</translation>
    </message>
    <message>
        <source>+%1 earlier lines</source>
        <translation>+%1 lignes précédentes</translation>
    </message>
    <message>
        <source>+1 more line</source>
        <translation>+1 ligne de plus</translation>
    </message>
    <message>
        <source>+%1 more lines</source>
        <translation>+%1 lignes de plus</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>L’export a été annulé.</translation>
    </message>
    <message>
        <source>--out TRACE.json is required: where to write the trace.</source>
        <translation>--out TRACE.json est obligatoire&#xa0;: où écrire la trace.</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds from 1 to 86400, not &apos;%1&apos;</source>
        <translation>--timeout attend un nombre de secondes de 1 à 86400, pas &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--out %1 is the program itself; name another file.</source>
        <translation>--out %1 est le programme lui-même&#xa0;; nommez un autre fichier.</translation>
    </message>
    <message>
        <source>--python %1 is not an executable program. Name a Python 3.11 or newer.</source>
        <translation>--python %1 n’est pas un programme exécutable. Indiquez un Python 3.11 ou plus récent.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 n’est pas un fichier.</translation>
    </message>
    <message>
        <source>the recorder module is missing: %1 is not a file (reinstall, or set AWAITSCOPE_DATA_DIR to the folder that holds recorder/).</source>
        <translation>le module d’enregistrement manque&#xa0;: %1 n’est pas un fichier (réinstallez, ou faites pointer AWAITSCOPE_DATA_DIR vers le dossier qui contient recorder/).</translation>
    </message>
    <message>
        <source>could not make a temporary folder: %1</source>
        <translation>impossible de créer un dossier temporaire&#xa0;: %1</translation>
    </message>
    <message>
        <source>could not start %1: %2</source>
        <translation>impossible de lancer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 was still running after %2 s and was stopped (--timeout gives it longer). A program that never ends (a server, an endless loop) cannot be recorded yet.</source>
        <translation>%1 tournait encore après %2 s et a été arrêté (--timeout lui laisse plus de temps). Un programme qui ne finit jamais (un serveur, une boucle sans fin) ne peut pas encore être enregistré.</translation>
    </message>
    <message>
        <source>the recorder crashed while running %1 under %2.</source>
        <translation>l’enregistreur a planté en exécutant %1 sous %2.</translation>
    </message>
    <message>
        <source>%1 is too old for the recorder; it needs Python 3.11 or newer.</source>
        <translation>%1 est trop ancien pour l’enregistreur&#xa0;; il demande Python 3.11 ou plus récent.</translation>
    </message>
    <message>
        <source>the recorder wrote no trace (exit status %1): %2</source>
        <translation>l’enregistreur n’a écrit aucune trace (code de sortie %1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>the recorder wrote a trace this build cannot read: %1</source>
        <translation>l’enregistreur a écrit une trace que cette version ne sait pas lire&#xa0;: %1</translation>
    </message>
    <message>
        <source>the recording of %1 was stopped.</source>
        <translation>l’enregistrement de %1 a été arrêté.</translation>
    </message>
    <message>
        <source>%1 did not end within %2 s of being interrupted (Ctrl+C) and was ended; CPython wrote no record of it.</source>
        <translation>%1 ne s’est pas terminé dans les %2 s suivant l’interruption (Ctrl+C) et a été arrêté&#xa0;; CPython n’en a rien enregistré.</translation>
    </message>
    <message>
        <source>Could not record: no temporary folder to write the program to (%1).</source>
        <translation>Enregistrement impossible&#xa0;: aucun dossier temporaire où écrire le programme (%1).</translation>
    </message>
    <message>
        <source>Could not record under CPython: %1</source>
        <translation>Enregistrement sous CPython impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Stopped: CPython was interrupted (Ctrl+C) and its tasks were cancelled</source>
        <translation>Arrêté&#xa0;: CPython a été interrompu (Ctrl+C) et ses tâches ont été annulées</translation>
    </message>
    <message>
        <source>Install Python 3.11 or newer, or name one with --python PATH.</source>
        <translation>Installez Python 3.11 ou plus récent, ou indiquez-en un avec --python PATH.</translation>
    </message>
    <message>
        <source>no python3 found on PATH. %1</source>
        <translation>aucun python3 trouvé dans le PATH. %1</translation>
    </message>
    <message>
        <source>%1 did not answer as a Python interpreter (%2). %3</source>
        <translation>%1 n’a pas répondu comme un interpréteur Python (%2). %3</translation>
    </message>
    <message>
        <source>%1 is Python %2; recording needs Python 3.11 or newer. %3</source>
        <translation>%1 est Python %2&#xa0;; l’enregistrement demande Python 3.11 ou plus récent. %3</translation>
    </message>
    <message>
        <source>Install Python 3.11 or newer as python3 on PATH, or choose Run ▸ Engine ▸ Awaitscope&apos;s Interpreter.</source>
        <translation>Installez Python 3.11 ou plus récent comme python3 dans le PATH, ou choisissez Exécuter ▸ Moteur ▸ Interpréteur d’Awaitscope.</translation>
    </message>
    <message>
        <source>%1 was still running after %2 s and was stopped. A program that never ends (a server, an endless loop) cannot be recorded yet.</source>
        <translation>%1 tournait encore après %2 s et a été arrêté. Un programme qui ne finit jamais (un serveur, une boucle sans fin) ne peut pas encore être enregistré.</translation>
    </message>
    <message>
        <source>Unexpected argument %1: the command takes one %2; what the program is given goes after --.</source>
        <translation>Argument inattendu %1&#xa0;: la commande prend un seul %2&#xa0;; ce que reçoit le programme va après --.</translation>
    </message>
</context>
<context>
    <name>awaitscope::CodePane</name>
    <message>
        <source>Python (edited)</source>
        <translation>Python (modifié)</translation>
    </message>
    <message>
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <source>This is your edited program. Reset code brings back the lesson&apos;s own.</source>
        <translation>Ceci est votre programme modifié. « Réinitialiser le code » rétablit celui de la leçon.</translation>
    </message>
    <message>
        <source>Your edited program has no `# param` lines, so the parameters cannot change it. Reset code to use them.</source>
        <translation>Votre programme modifié n’a plus de lignes `# param`, les paramètres ne peuvent donc pas le changer. Réinitialisez le code pour les utiliser.</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Program:</source>
        <translation>Programme&#xa0;:</translation>
    </message>
    <message>
        <source>Python program</source>
        <translation>Programme Python</translation>
    </message>
    <message>
        <source>C++ and QCoro version</source>
        <translation>Version C++ avec QCoro</translation>
    </message>
    <message>
        <source>C++ (QCoro)</source>
        <translation>C++ (QCoro)</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Exécuter</translation>
    </message>
    <message>
        <source>Re&amp;set code</source>
        <translation>&amp;Réinitialiser le code</translation>
    </message>
    <message>
        <source>Forget your edits and go back to the lesson&apos;s program</source>
        <translation>Oublier vos modifications et revenir au programme de la leçon</translation>
    </message>
    <message>
        <source>Real c&amp;lock</source>
        <translation>&amp;Horloge réelle</translation>
    </message>
    <message>
        <source>Run on the real clock</source>
        <translation>Exécuter sur l&apos;horloge réelle</translation>
    </message>
    <message>
        <source>Run the next program on the real clock (real waiting, the real network): the timeline grows as it runs. Unticked, runs use the instant virtual clock.</source>
        <translation>Exécuter le prochain programme sur l&apos;horloge réelle (vraies attentes, vrai réseau)&#xa0;: la frise chronologique s&apos;allonge pendant l&apos;exécution. Case décochée, les exécutions utilisent l&apos;horloge virtuelle, instantanée.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop the program</source>
        <translation>Arrêter le programme</translation>
    </message>
    <message>
        <source>Stop the running program: every task is cancelled (Shift+F5)</source>
        <translation>Arrêter le programme en cours&#xa0;: toutes les tâches sont annulées (Maj+F5)</translation>
    </message>
    <message>
        <source>&amp;Run in CPython</source>
        <translation>&amp;Exécuter dans CPython</translation>
    </message>
    <message>
        <source>Run the program under your own CPython 3.11+ and draw what it did (Ctrl+Return; Run ▸ Engine chooses)</source>
        <translation>Exécuter le programme avec votre propre CPython 3.11+ et dessiner ce qu’il a fait (Ctrl+Entrée&#xa0;; Exécuter ▸ Moteur choisit)</translation>
    </message>
    <message>
        <source>Run the program: on the virtual clock, or the real one when Real clock is ticked (Ctrl+Return)</source>
        <translation>Exécuter le programme&#xa0;: sur l’horloge virtuelle, ou la réelle quand Horloge réelle est cochée (Ctrl+Entrée)</translation>
    </message>
</context>
<context>
    <name>awaitscope::CombinatorPanel</name>
    <message>
        <source>Combinators</source>
        <translation>Combinateurs</translation>
    </message>
    <message>
        <source>gather, wait and as_completed show what they hold here.</source>
        <translation>gather, wait et as_completed montrent ici ce qu&apos;ils contiennent.</translation>
    </message>
</context>
<context>
    <name>awaitscope::CompareAddOn</name>
    <message>
        <source>&amp;Pitfall and fix</source>
        <translation>&amp;Piège et correction</translation>
    </message>
    <message>
        <source>The lesson&apos;s program and &amp;my edit</source>
        <translation>Le programme de la leçon et &amp;ma version</translation>
    </message>
    <message>
        <source>&amp;Default parameters and mine</source>
        <translation>Paramètres par &amp;défaut et les miens</translation>
    </message>
    <message>
        <source>A comparison is still running; it shows when both programs have ended.</source>
        <translation>Une comparaison est encore en cours ; elle s’affichera quand les deux programmes seront terminés.</translation>
    </message>
    <message>
        <source>Comparing: running both programs…</source>
        <translation>Comparaison : exécution des deux programmes…</translation>
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
        <translation>%1 contre %2&#xa0;: même durée</translation>
    </message>
    <message>
        <source>%1 vs %2: no waiting at all</source>
        <translation>%1 contre %2&#xa0;: aucune attente</translation>
    </message>
    <message>
        <source>%1 vs %2: took longer</source>
        <translation>%1 contre %2&#xa0;: plus long</translation>
    </message>
    <message>
        <source>%1 vs %2: %3× faster</source>
        <translation>%1 contre %2&#xa0;: %3× plus rapide</translation>
    </message>
    <message>
        <source>%1 vs %2: %3× slower</source>
        <translation>%1 contre %2&#xa0;: %3× plus lent</translation>
    </message>
    <message>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <translation>%1 contre %2</translation>
    </message>
    <message>
        <source>%1 raised</source>
        <translation>%1 a levé une exception</translation>
    </message>
    <message>
        <source>%1 returned</source>
        <translation>%1 a retourné</translation>
    </message>
    <message>
        <source>control back after %1 vs %2 (%3, %4)</source>
        <translation>contrôle rendu après %1 contre %2 (%3, %4)</translation>
    </message>
</context>
<context>
    <name>awaitscope::CompareWindow</name>
    <message>
        <source>Compare two runs</source>
        <translation>Comparer deux exécutions</translation>
    </message>
    <message>
        <source>Cursor</source>
        <translation>Curseur</translation>
    </message>
</context>
<context>
    <name>awaitscope::ConsoleView</name>
    <message>
        <source>Program output</source>
        <translation>Sortie du programme</translation>
    </message>
    <message>
        <source>Output printed by the program appears here as the cursor passes it.</source>
        <translation>Ce que le programme affiche apparaît ici au passage du curseur.</translation>
    </message>
</context>
<context>
    <name>awaitscope::DemoServer</name>
    <message>
        <source>cannot listen on 127.0.0.1:%1: %2</source>
        <translation>impossible d&apos;écouter sur 127.0.0.1:%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>awaitscope::ExplanationView</name>
    <message>
        <source>Explanation</source>
        <translation>Explication</translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose a lesson to begin.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Choisissez une leçon pour commencer.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Welcome to Awaitscope</source>
        <translation>Bienvenue dans Awaitscope</translation>
    </message>
    <message>
        <source>Each lesson runs a small asyncio program and draws what the event loop did: one lane per task, when it ran, what it waited for, and who woke it.</source>
        <translation>Chaque leçon exécute un petit programme asyncio et dessine ce qu’a fait la boucle d’événements&#xa0;: une ligne par tâche, quand elle a tourné, ce qu’elle attendait et qui l’a réveillée.</translation>
    </message>
    <message>
        <source>Press Space to play the run, drag the red cursor, change a parameter or the code, and read along here. The lessons go from the first pitfall to the network.</source>
        <translation>Appuyez sur Espace pour lire l’exécution, faites glisser le curseur rouge, changez un paramètre ou le code, et suivez le texte ici. Les leçons vont du premier piège jusqu’au réseau.</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>Compris</translation>
    </message>
    <message>
        <source>The timeline shows your edited program. The text below describes the lesson&apos;s own program; where they differ, trust the timeline. Reset code brings the lesson&apos;s program back.</source>
        <translation>La frise montre votre programme modifié. Le texte ci-dessous décrit le programme de la leçon ; là où ils diffèrent, fiez-vous à la frise. « Réinitialiser le code » rétablit le programme de la leçon.</translation>
    </message>
    <message>
        <source>Take away</source>
        <translation>À retenir</translation>
    </message>
</context>
<context>
    <name>awaitscope::ExportAddOn</name>
    <message>
        <source>&amp;Export picture…</source>
        <translation>&amp;Exporter l&apos;image…</translation>
    </message>
    <message>
        <source>&amp;Copy picture</source>
        <translation>&amp;Copier l&apos;image</translation>
    </message>
    <message>
        <source>The picture is on the clipboard (%1 × %2).</source>
        <translation>L&apos;image est dans le presse-papiers (%1 × %2).</translation>
    </message>
    <message>
        <source>The picture could not be copied: %1</source>
        <translation>L&apos;image n&apos;a pas pu être copiée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>awaitscope::ExportDialog</name>
    <message>
        <source>Export picture</source>
        <translation>Exporter l&apos;image</translation>
    </message>
    <message>
        <source>Current view (timeline, panels and output)</source>
        <translation>Vue actuelle (frise chronologique, panneaux et sortie)</translation>
    </message>
    <message>
        <source>Timeline only</source>
        <translation>Frise chronologique seule</translation>
    </message>
    <message>
        <source>Compare view (the last comparison)</source>
        <translation>Vue de comparaison (la dernière comparaison)</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>Image PNG</translation>
    </message>
    <message>
        <source>SVG drawing (text stays text)</source>
        <translation>Dessin SVG (le texte reste du texte)</translation>
    </message>
    <message>
        <source>PDF document (vector)</source>
        <translation>Document PDF (vectoriel)</translation>
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
        <translation>Personnalisée</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Projector (high contrast)</source>
        <translation>Projecteur (contraste élevé)</translation>
    </message>
    <message>
        <source>Caption with the lesson&apos;s title and the moment&apos;s time</source>
        <translation>Légende avec le titre de la leçon et l&apos;instant affiché</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Contenu&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Taille&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>Thè&amp;me&#xa0;:</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>F&amp;ichier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>Choisissez le fichier de destination.</translation>
    </message>
    <message>
        <source>There is no comparison yet: open one from the Compare menu first.</source>
        <translation>Il n&apos;y a pas encore de comparaison&#xa0;: ouvrez-en d&apos;abord une depuis le menu Comparer.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <source>GIF animation (the whole run, looping)</source>
        <translation>Animation GIF (toute l’exécution, en boucle)</translation>
    </message>
    <message>
        <source>MP4 video (H.264, the whole run)</source>
        <translation>Vidéo MP4 (H.264, toute l’exécution)</translation>
    </message>
    <message>
        <source> frames/s</source>
        <translation> images/s</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>Seconds of the run per second of the animation: 2 plays it twice as fast.</source>
        <translation>Secondes de l’exécution par seconde d’animation&#xa0;: 2 la joue deux fois plus vite.</translation>
    </message>
    <message>
        <source>Frame &amp;rate:</source>
        <translation>Cade&amp;nce&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;peed:</source>
        <translation>&amp;Vitesse&#xa0;:</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf);;GIF animation (*.gif);;MP4 video (*.mp4)</source>
        <translation>Image PNG (*.png);;Dessin SVG (*.svg);;Document PDF (*.pdf);;Animation GIF (*.gif);;Vidéo MP4 (*.mp4)</translation>
    </message>
    <message>
        <source>Drawing the frames…</source>
        <translation>Dessin des images…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Saved %1: %2 frames, %3 s.</source>
        <translation>%1 enregistré&#xa0;: %2 images, %3 s.</translation>
    </message>
    <message>
        <source>(the picture in words: no preview)</source>
        <translation>(l’image en mots&#xa0;: pas d’aperçu)</translation>
    </message>
</context>
<context>
    <name>awaitscope::FutureVeil</name>
    <message>
        <source>?  What happens next?</source>
        <translation>?  Que se passe-t-il ensuite&#xa0;?</translation>
    </message>
</context>
<context>
    <name>awaitscope::InputLine</name>
    <message>
        <source>&amp;input():</source>
        <translation>&amp;input()&#xa0;:</translation>
    </message>
    <message>
        <source>Type a line here</source>
        <translation>Saisissez une ligne ici</translation>
    </message>
    <message>
        <source>Input for the program</source>
        <translation>Entrée pour le programme</translation>
    </message>
    <message>
        <source>End of input</source>
        <translation>Fin de l’entrée</translation>
    </message>
    <message>
        <source>No more input (Ctrl+D): input() raises EOFError</source>
        <translation>Plus d’entrée (Ctrl+D)&#xa0;: input() lève EOFError</translation>
    </message>
</context>
<context>
    <name>awaitscope::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
</context>
<context>
    <name>awaitscope::LessonSession</name>
    <message>
        <source>Progress could not be saved: %1</source>
        <translation>La progression n&apos;a pas pu être enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 holds no lesson.</source>
        <translation>%1 ne contient aucune leçon.</translation>
    </message>
    <message>
        <source>%1 (edited program)</source>
        <translation>%1 (programme modifié)</translation>
    </message>
    <message>
        <source>Settings cannot be saved to %1 (%2). Your edited code is still in the editor: copy it somewhere safe before closing, and check that the folder can be written.</source>
        <translation>Les réglages ne peuvent pas être enregistrés dans %1 (%2). Votre code modifié est toujours dans l&apos;éditeur&#xa0;: copiez-le en lieu sûr avant de fermer, et vérifiez que le dossier est accessible en écriture.</translation>
    </message>
    <message>
        <source>no permission or disk full</source>
        <translation>pas d&apos;autorisation ou disque plein</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation>le fichier est endommagé</translation>
    </message>
    <message>
        <source>The lesson folder %1 is no longer there (removed or unplugged?). Your edited code is kept; put the folder back or choose another lesson.</source>
        <translation>Le dossier de la leçon %1 n&apos;est plus là (supprimé ou débranché&#xa0;?). Votre code modifié est conservé&#xa0;; remettez le dossier en place ou choisissez une autre leçon.</translation>
    </message>
</context>
<context>
    <name>awaitscope::LoopPanel</name>
    <message>
        <source>Event loop</source>
        <translation>Boucle d&apos;événements</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Temps</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Ce qui se passe</translation>
    </message>
    <message>
        <source>Ready queue</source>
        <translation>File des prêtes</translation>
    </message>
    <message>
        <source>Timers</source>
        <translation>Minuteurs</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Temps&#xa0;:</translation>
    </message>
    <message>
        <source>Now:</source>
        <translation>Maintenant&#xa0;:</translation>
    </message>
    <message>
        <source>Ready queue:</source>
        <translation>Prêtes&#xa0;:</translation>
    </message>
    <message>
        <source>Timers:</source>
        <translation>Minuteurs&#xa0;:</translation>
    </message>
    <message>
        <source>no run yet</source>
        <translation>pas encore d&apos;exécution</translation>
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
        <translation>La progression n&apos;a pas pu être lue (%1)&#xa0;; on repart de zéro.</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Leçons</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Exécuter</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Run program</source>
        <translation>&amp;Exécuter le programme</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Awaitscope</source>
        <translation>À &amp;propos d&apos;Awaitscope</translation>
    </message>
    <message>
        <source>About Awaitscope</source>
        <translation>À propos d&apos;Awaitscope</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Awaitscope %1&lt;/h3&gt;&lt;p&gt;Watch what asyncio really does: tasks, awaits, cancellation and the event loop, drawn on a timeline you can play, step back and scrub.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Awaitscope %1&lt;/h3&gt;&lt;p&gt;Regardez ce que fait vraiment asyncio&#xa0;: tâches, awaits, annulations et boucle d&apos;événements, dessinés sur une frise que vous pouvez lire, remonter pas à pas et parcourir.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Some lessons could not be loaded: %1</source>
        <translation>Certaines leçons n&apos;ont pas pu être chargées&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>&amp;Playback</source>
        <translation>Lec&amp;ture</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Aff&amp;ichage</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Comparer</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;Engine</source>
        <translation>&amp;Moteur</translation>
    </message>
    <message>
        <source>%1 (recorded under %2)</source>
        <translation>%1 (enregistré sous %2)</translation>
    </message>
</context>
<context>
    <name>awaitscope::PlayerWidget</name>
    <message>
        <source>Player</source>
        <translation>Lecteur</translation>
    </message>
    <message>
        <source>Combinators</source>
        <translation>Combinateurs</translation>
    </message>
    <message>
        <source>Event loop</source>
        <translation>Boucle d&apos;événements</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>This run drew nothing: %1</source>
        <translation>Cette exécution n’a rien dessiné&#xa0;: %1</translation>
    </message>
    <message>
        <source>This run drew nothing: %1. The picture below is from the last run that drew one.</source>
        <translation>Cette exécution n’a rien dessiné&#xa0;: %1. L’image ci-dessous vient de la dernière exécution qui en a dessiné une.</translation>
    </message>
</context>
<context>
    <name>awaitscope::PredictAddOn</name>
    <message>
        <source>This run was stopped before its end, so it cannot answer the questions. Run the program to its end to predict.</source>
        <translation>Cette exécution a été arrêtée avant sa fin et ne peut donc pas répondre aux questions. Exécutez le programme jusqu’au bout pour prédire.</translation>
    </message>
    <message>
        <source>This run is of your edited program; the questions are about the lesson&apos;s own program. Reset the code to predict (Compare shows the two side by side).</source>
        <translation>Cette exécution est celle de votre programme modifié ; les questions portent sur le programme de la leçon. Réinitialisez le code pour prédire (Comparer montre les deux côte à côte).</translation>
    </message>
    <message>
        <source>Predict, then reveal</source>
        <translation>Prédire, puis révéler</translation>
    </message>
</context>
<context>
    <name>awaitscope::PredictPanel</name>
    <message>
        <source>&amp;Predict, then reveal</source>
        <translation>&amp;Prédire, puis révéler</translation>
    </message>
    <message>
        <source>Predict, then reveal</source>
        <translation>Prédire, puis révéler</translation>
    </message>
    <message>
        <source>Stop before each of the lesson&apos;s questions and answer it before the run shows it</source>
        <translation>S&apos;arrêter avant chaque question de la leçon et y répondre avant que l&apos;exécution ne montre la réponse</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Votre réponse</translation>
    </message>
    <message>
        <source>&amp;Reveal</source>
        <translation>Ré&amp;véler</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>C&amp;ontinuer</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Question %1 sur %2</translation>
    </message>
    <message>
        <source>Tick every task that belongs (none is an answer too):</source>
        <translation>Cochez chaque tâche qui convient (n&apos;en cocher aucune est aussi une réponse)&#xa0;:</translation>
    </message>
    <message>
        <source>Choose an answer first.</source>
        <translation>Choisissez d&apos;abord une réponse.</translation>
    </message>
    <message>
        <source>%1 (none of the options: your changes led elsewhere)</source>
        <translation>%1 (aucune des options&#xa0;: vos modifications ont mené ailleurs)</translation>
    </message>
    <message>
        <source>✔ Right!</source>
        <translation>✔ Bonne réponse&#xa0;!</translation>
    </message>
    <message>
        <source>✘ Not quite.</source>
        <translation>✘ Pas tout à fait.</translation>
    </message>
    <message>
        <source>The run says: %1.</source>
        <translation>L&apos;exécution donne&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The run says: %1. You said: %2.</source>
        <translation>L&apos;exécution donne&#xa0;: %1. Vous avez répondu&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The cursor now shows the moment in the timeline.</source>
        <translation>Le curseur montre maintenant l&apos;instant sur la frise chronologique.</translation>
    </message>
    <message>
        <source>Your answer could not be saved: %1</source>
        <translation>Votre réponse n&apos;a pas pu être enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Turn on Predict to answer each of the lesson&apos;s questions before the run shows the answer.</source>
        <translation>Activez Prédire pour répondre à chaque question de la leçon avant que l&apos;exécution ne montre la réponse.</translation>
    </message>
    <message>
        <source>This program has no questions. Choose another program of the lesson.</source>
        <translation>Ce programme n&apos;a pas de questions. Choisissez un autre programme de la leçon.</translation>
    </message>
    <message>
        <source>All questions of this program are answered. Play on, or run it again.</source>
        <translation>Toutes les questions de ce programme ont une réponse. Poursuivez la lecture ou relancez-le.</translation>
    </message>
    <message>
        <source>Play the run: it stops before each question.</source>
        <translation>Lancez la lecture&#xa0;: elle s&apos;arrête avant chaque question.</translation>
    </message>
    <message>
        <source>This lesson: %1 of %2 questions answered right</source>
        <translation>Cette leçon&#xa0;: %1 bonne(s) réponse(s) sur %2 questions</translation>
    </message>
    <message>
        <source>The timeline shows this moment after the next question, which it would answer.</source>
        <translation>La frise montre ce moment après la question suivante, car il y répondrait.</translation>
    </message>
</context>
<context>
    <name>awaitscope::PresenterMode</name>
    <message>
        <source>&amp;Presenter mode</source>
        <translation>&amp;Mode présentation</translation>
    </message>
    <message>
        <source>Full screen, large fonts and high contrast for a projector (F5; Esc leaves)</source>
        <translation>Plein écran, grands caractères et contraste élevé pour un projecteur (F5&#xa0;; Échap pour quitter)</translation>
    </message>
    <message>
        <source>Leave presenter mode</source>
        <translation>Quitter le mode présentation</translation>
    </message>
    <message>
        <source>Lesson %1</source>
        <translation>Leçon %1</translation>
    </message>
</context>
<context>
    <name>awaitscope::RecordedRuns</name>
    <message>
        <source>%1 is not an Awaitscope trace (%2).</source>
        <translation>%1 n’est pas une trace Awaitscope (%2).</translation>
    </message>
    <message>
        <source>&amp;Open Trace…</source>
        <translation>&amp;Ouvrir une trace…</translation>
    </message>
    <message>
        <source>Open a trace written by &quot;awaitscope run --trace&quot; or &quot;awaitscope record&quot; in a player of its own</source>
        <translation>Ouvrir une trace écrite par &quot;awaitscope run --trace&quot; ou &quot;awaitscope record&quot; dans un lecteur à part</translation>
    </message>
    <message>
        <source>Record under &amp;CPython</source>
        <translation>Enregistrer sous &amp;CPython</translation>
    </message>
    <message>
        <source>Run the program under your own CPython 3.11+ on a virtual clock and show what CPython did, beside Awaitscope&apos;s run</source>
        <translation>Exécuter le programme sous votre propre CPython 3.11+ sur une horloge virtuelle et montrer ce qu’a fait CPython, à côté de l’exécution d’Awaitscope</translation>
    </message>
    <message>
        <source>Open Trace</source>
        <translation>Ouvrir une trace</translation>
    </message>
    <message>
        <source>Awaitscope traces (*.json);;All files (*)</source>
        <translation>Traces Awaitscope (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Opened %1 in a window of its own.</source>
        <translation>%1 ouvert dans une fenêtre à part.</translation>
    </message>
    <message>
        <source>There is no program to record.</source>
        <translation>Il n’y a pas de programme à enregistrer.</translation>
    </message>
    <message>
        <source>Record under CPython</source>
        <translation>Enregistrer sous CPython</translation>
    </message>
    <message>
        <source>CPython&apos;s run tells the same scheduling story as Awaitscope&apos;s.</source>
        <translation>L’exécution de CPython raconte la même histoire d’ordonnancement que celle d’Awaitscope.</translation>
    </message>
    <message>
        <source>CPython&apos;s run differs from Awaitscope&apos;s first at t=%1 (%2): Awaitscope %3, CPython %4.</source>
        <translation>L’exécution de CPython diffère d’abord de celle d’Awaitscope à t=%1 (%2)&#xa0;: Awaitscope %3, CPython %4.</translation>
    </message>
    <message>
        <source>Run the program in Awaitscope to compare the two runs.</source>
        <translation>Exécutez le programme dans Awaitscope pour comparer les deux exécutions.</translation>
    </message>
    <message>
        <source>%1 recorded under CPython</source>
        <translation>%1 enregistré sous CPython</translation>
    </message>
    <message>
        <source>Recording %1 under CPython…</source>
        <translation>Enregistrement de %1 sous CPython…</translation>
    </message>
    <message>
        <source>Open CPython&apos;s Run</source>
        <translation>Ouvrir l&apos;exécution de CPython</translation>
    </message>
    <message>
        <source>Awaitscope</source>
        <translation>Awaitscope</translation>
    </message>
    <message>
        <source>CPython (recorded)</source>
        <translation>CPython (enregistré)</translation>
    </message>
    <message>
        <source>%1: Awaitscope and CPython</source>
        <translation>%1&#xa0;: Awaitscope et CPython</translation>
    </message>
    <message>
        <source>&amp;Awaitscope&apos;s Interpreter</source>
        <translation>Interpréteur d’&amp;Awaitscope</translation>
    </message>
    <message>
        <source>Runs are Awaitscope&apos;s own: instant, sandboxed, drawn as they run</source>
        <translation>Awaitscope exécute lui-même&#xa0;: instantané, isolé, dessiné pendant l’exécution</translation>
    </message>
    <message>
        <source>&amp;CPython (Recorded)</source>
        <translation>&amp;CPython (enregistré)</translation>
    </message>
    <message>
        <source>Runs are your own CPython 3.11+ running the program with Awaitscope&apos;s recorder: what CPython really did, drawn when it ends. Not sandboxed: the program may use files, the network and any library.</source>
        <translation>Votre propre CPython 3.11+ exécute le programme avec l’enregistreur d’Awaitscope&#xa0;: ce que CPython a vraiment fait, dessiné à la fin. Sans isolation&#xa0;: le programme peut utiliser des fichiers, le réseau et toute bibliothèque.</translation>
    </message>
</context>
<context>
    <name>awaitscope::RunView</name>
    <message>
        <source>Running on the real clock… (Stop: Shift+F5)</source>
        <translation>Exécution sur l&apos;horloge réelle… (Arrêter&#xa0;: Maj+F5)</translation>
    </message>
    <message>
        <source>Still running… (Stop: Shift+F5)</source>
        <translation>Toujours en cours… (Arrêter&#xa0;: Maj+F5)</translation>
    </message>
    <message>
        <source>The program waits for input(): type a line under its output and press Enter (Stop: Shift+F5)</source>
        <translation>Le programme attend input()&#xa0;: saisissez une ligne sous sa sortie et appuyez sur Entrée (Arrêter&#xa0;: Maj+F5)</translation>
    </message>
    <message>
        <source>Stopping: cancelling every task…</source>
        <translation>Arrêt en cours&#xa0;: annulation de toutes les tâches…</translation>
    </message>
    <message>
        <source>Awaitscope did not close normally last time, so your edited program was not run. It is in the editor: press Run (Ctrl+Return) when you want it to run.</source>
        <translation>Awaitscope ne s’est pas fermé normalement la dernière fois, votre programme modifié n’a donc pas été exécuté. Il est dans l’éditeur : appuyez sur Exécuter (Ctrl+Entrée) quand vous voulez le lancer.</translation>
    </message>
    <message numerus="yes">
        <source>Running… %1 s, %n task(s) so far (Stop: Shift+F5)</source>
        <translation>
            <numerusform>En cours… %1 s, %n tâche jusqu&apos;ici (Arrêter&#xa0;: Maj+F5)</numerusform>
            <numerusform>En cours… %1 s, %n tâches jusqu&apos;ici (Arrêter&#xa0;: Maj+F5)</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Stopped after %1 s; every task was cancelled.</source>
        <translation>Arrêté après %1 s&#xa0;; toutes les tâches ont été annulées.</translation>
    </message>
    <message>
        <source>Ran in %1 s of real time.</source>
        <translation>Exécuté en %1 s de temps réel.</translation>
    </message>
    <message>
        <source>Ran in %1 s of virtual time.</source>
        <translation>Exécuté en %1 s de temps virtuel.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>CPython runs the program on the real clock; its picture comes when it ends… (Stop: Shift+F5)</source>
        <translation>CPython exécute le programme sur l’horloge réelle&#xa0;; l’image viendra à la fin… (Arrêter&#xa0;: Maj+F5)</translation>
    </message>
    <message>
        <source>Recording under CPython… (Stop: Shift+F5)</source>
        <translation>Enregistrement sous CPython… (Arrêter&#xa0;: Maj+F5)</translation>
    </message>
    <message>
        <source>%1 ran it in %2 s of real time (recorded).</source>
        <translation>%1 l’a exécuté en %2 s de temps réel (enregistré).</translation>
    </message>
    <message>
        <source>%1 ran it in %2 s of virtual time (recorded).</source>
        <translation>%1 l’a exécuté en %2 s de temps virtuel (enregistré).</translation>
    </message>
</context>
<context>
    <name>awaitscope::Settings</name>
    <message>
        <source>The limits could not be saved to %1 (%2). Check that this folder can be written.</source>
        <translation>Les limites n&apos;ont pas pu être enregistrées dans %1 (%2). Vérifiez que ce dossier est accessible en écriture.</translation>
    </message>
    <message>
        <source>no permission to write there</source>
        <translation>pas d&apos;autorisation d&apos;écriture à cet endroit</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation>le fichier est endommagé</translation>
    </message>
    <message>
        <source>The allowed hosts could not be saved to %1. Check that this folder can be written.</source>
        <translation>Les hôtes autorisés n&apos;ont pas pu être enregistrés dans %1. Vérifiez que ce dossier est accessible en écriture.</translation>
    </message>
    <message>
        <source>raise it in Preferences ▸ Limits</source>
        <translation>augmentez-la dans Préférences ▸ Limites</translation>
    </message>
</context>
<context>
    <name>awaitscope::SettingsDialog</name>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>Recursion depth (nested calls):</source>
        <translation>Profondeur de récursion (appels imbriqués)&#xa0;:</translation>
    </message>
    <message>
        <source>Steps (statements and loop rounds):</source>
        <translation>Pas (instructions et tours de boucle)&#xa0;:</translation>
    </message>
    <message>
        <source>Output (characters printed):</source>
        <translation>Sortie (caractères affichés)&#xa0;:</translation>
    </message>
    <message>
        <source>Trace (timeline events):</source>
        <translation>Trace (événements de la frise chronologique)&#xa0;:</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Limites</translation>
    </message>
    <message>
        <source>A program that goes past one of these limits is stopped with a message naming the limit. Raise a limit when a correct program needs more.</source>
        <translation>Un programme qui dépasse l&apos;une de ces limites est arrêté avec un message qui la nomme. Augmentez une limite quand un programme correct a besoin de plus.</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Programs reach only the demo server (http://demo/...). List other hosts here, separated by commas, to let programs on the real clock reach them too.</source>
        <translation>Les programmes n&apos;atteignent que le serveur de démonstration (http://demo/...). Indiquez ici d&apos;autres hôtes, séparés par des virgules, pour que les programmes sur l&apos;horloge réelle puissent aussi les atteindre.</translation>
    </message>
    <message>
        <source>example.org, api.example.org</source>
        <translation>example.org, api.example.org</translation>
    </message>
    <message>
        <source>Allowed hosts:</source>
        <translation>Hôtes autorisés&#xa0;:</translation>
    </message>
    <message>
        <source>Allowed hosts: %1.</source>
        <translation>Hôtes autorisés : %1.</translation>
    </message>
    <message>
        <source>Memory the program may use (MB):</source>
        <translation>Mémoire que le programme peut utiliser (Mo)&#xa0;:</translation>
    </message>
    <message>
        <source>Tasks unfinished at once:</source>
        <translation>Tâches inachevées à la fois&#xa0;:</translation>
    </message>
</context>
<context>
    <name>awaitscope::ShortcutsPage</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>In one place</source>
        <translation>À un seul endroit</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>In the code editor: indents (the editor keeps Tab, as code editors do)</source>
        <translation>Dans l&apos;éditeur de code : indente (l&apos;éditeur garde Tab, comme les éditeurs de code)</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Échap</translation>
    </message>
    <message>
        <source>In the code editor: leave it for the timeline</source>
        <translation>Dans l&apos;éditeur de code : le quitter pour la frise chronologique</translation>
    </message>
    <message>
        <source>Ctrl+Tab / Ctrl+Shift+Tab</source>
        <translation>Ctrl+Tab / Ctrl+Maj+Tab</translation>
    </message>
    <message>
        <source>In the code editor: leave it for the next or previous control</source>
        <translation>Dans l&apos;éditeur de code : le quitter pour le contrôle suivant ou précédent</translation>
    </message>
    <message>
        <source>Up / Down</source>
        <translation>Haut / Bas</translation>
    </message>
    <message>
        <source>In the lesson list: choose a lesson. Home, End, Left, Right and Space drive the player there as everywhere else</source>
        <translation>Dans la liste des leçons : choisir une leçon. Début, Fin, Gauche, Droite et Espace pilotent le lecteur là comme partout ailleurs</translation>
    </message>
    <message>
        <source>Wheel</source>
        <translation>Molette</translation>
    </message>
    <message>
        <source>On the timeline: zoom around the mouse; with Shift, or over the task names, scroll the tasks</source>
        <translation>Sur la frise chronologique : zoomer autour de la souris ; avec Maj, ou au-dessus des noms des tâches, faire défiler les tâches</translation>
    </message>
    <message>
        <source>Up / Down / Page Up / Page Down</source>
        <translation>Haut / Bas / Page préc. / Page suiv.</translation>
    </message>
    <message>
        <source>On the timeline: scroll the tasks</source>
        <translation>Sur la frise chronologique : faire défiler les tâches</translation>
    </message>
    <message>
        <source>Double click</source>
        <translation>Double-clic</translation>
    </message>
    <message>
        <source>On the timeline: fit the whole run</source>
        <translation>Sur la frise chronologique : ajuster toute l&apos;exécution</translation>
    </message>
    <message>
        <source>1 … 9</source>
        <translation>1 … 9</translation>
    </message>
    <message>
        <source>In presenter mode: open the lesson at that place in the list</source>
        <translation>En mode présentation : ouvrir la leçon à cette place dans la liste</translation>
    </message>
    <message>
        <source>The playback keys work wherever the focus is, except where they type: in the code editor, Space is a space and + a plus.</source>
        <translation>Les touches de lecture fonctionnent partout où se trouve le focus, sauf là où elles écrivent : dans l&apos;éditeur de code, Espace est une espace et + un plus.</translation>
    </message>
</context>
<context>
    <name>awaitscope::TimelineView</name>
    <message>
        <source>Timeline</source>
        <translation>Frise chronologique</translation>
    </message>
    <message>
        <source>One lane per task over time. Wheel zooms, drag pans, click moves the cursor.</source>
        <translation>Une ligne par tâche au fil du temps. La molette zoome, glisser déplace, un clic place le curseur.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>created by %1 at %2 s</source>
        <translation>créée par %1 à %2 s</translation>
    </message>
    <message>
        <source>created at %1 s</source>
        <translation>créée à %1 s</translation>
    </message>
    <message>
        <source>, line %1</source>
        <translation>, ligne %1</translation>
    </message>
    <message>
        <source>%1 at %2 s</source>
        <translation>%1 à %2 s</translation>
    </message>
    <message>
        <source>Scroll the tasks</source>
        <translation>Faire défiler les tâches</translation>
    </message>
    <message>
        <source>no task yet</source>
        <translation>aucune tâche encore</translation>
    </message>
    <message>
        <source>at %1 s: %2</source>
        <translation>à %1 s : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n tasks: %1</source>
        <translation>
            <numerusform>%n tâche : %1</numerusform>
            <numerusform>%n tâches : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Click the name to close the group.</source>
        <translation>Un clic sur le nom referme le groupe.</translation>
    </message>
    <message>
        <source>Click the name to show each task.</source>
        <translation>Un clic sur le nom affiche chaque tâche.</translation>
    </message>
    <message>
        <source>Tasks alive and ready to run</source>
        <translation>Tâches vivantes et prêtes à s&apos;exécuter</translation>
    </message>
</context>
<context>
    <name>awaitscope::TransportBar</name>
    <message>
        <source>Playback controls</source>
        <translation>Commandes de lecture</translation>
    </message>
    <message>
        <source>Jump to start</source>
        <translation>Aller au début</translation>
    </message>
    <message>
        <source>Step back</source>
        <translation>Pas en arrière</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>Step forward</source>
        <translation>Pas en avant</translation>
    </message>
    <message>
        <source>Jump to end</source>
        <translation>Aller à la fin</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>Plus lent</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>Plus rapide</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>Vitesse de lecture</translation>
    </message>
    <message>
        <source>Position in the run</source>
        <translation>Position dans l&apos;exécution</translation>
    </message>
    <message>
        <source>Cursor position</source>
        <translation>Position du curseur</translation>
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
        <translation>Ajuster toute l&apos;exécution</translation>
    </message>
    <message>
        <source>Playback speed: virtual seconds per real second ([ or - slower, ] or + faster)</source>
        <translation>Vitesse de lecture : secondes virtuelles par seconde réelle ([ ou - plus lent, ] ou + plus rapide)</translation>
    </message>
</context>
</TS>
