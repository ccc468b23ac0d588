<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AllowedHost</name>
    <message>
        <source>an empty host name</source>
        <translation>un nombre de host vacío</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a wildcard: name each host the program may reach (wildcards are refused, so a program can never reach the whole network)</source>
        <translation>«%1» es un comodín: nombre cada host al que el programa puede acceder (los comodines se rechazan para que un programa nunca alcance toda la red)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a host name: give only the host, as in example.org, without http:// or a path</source>
        <translation>«%1» no es un nombre de host: indique solo el host, como example.org, sin http:// ni ruta</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a host name: give the host without a port, as in example.org</source>
        <translation>«%1» no es un nombre de host: indique el host sin puerto, como example.org</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a host name: use letters, digits, dashes and dots, as in api.example.org</source>
        <translation>«%1» no es un nombre de host: use letras, cifras, guiones y puntos, como api.example.org</translation>
    </message>
</context>
<context>
    <name>AnswerEvaluator</name>
    <message>
        <source>the run does not record this time</source>
        <translation>la ejecución no registra este tiempo</translation>
    </message>
    <message>
        <source>bad regular expression: %1</source>
        <translation>expresión regular incorrecta: %1</translation>
    </message>
    <message>
        <source>the expression has no group %1</source>
        <translation>la expresión no tiene el grupo %1</translation>
    </message>
    <message>
        <source>no printed line matches /%1/</source>
        <translation>ninguna línea impresa coincide con /%1/</translation>
    </message>
    <message>
        <source>only %1 printed line(s) match /%2/</source>
        <translation>solo %1 línea(s) impresa(s) coinciden con /%2/</translation>
    </message>
    <message>
        <source>the run has no task named &quot;%1&quot;</source>
        <translation>la ejecución no tiene ninguna tarea llamada &quot;%1&quot;</translation>
    </message>
    <message>
        <source>task &quot;%1&quot; did not end during the run</source>
        <translation>la tarea &quot;%1&quot; no terminó durante la ejecución</translation>
    </message>
    <message>
        <source>no task ended during the run</source>
        <translation>ninguna tarea terminó durante la ejecución</translation>
    </message>
    <message>
        <source>overlap needs exactly two tasks</source>
        <translation>overlap necesita exactamente dos tareas</translation>
    </message>
    <message>
        <source>the run does not record when the tasks were created</source>
        <translation>la ejecución no registra cuándo se crearon las tareas</translation>
    </message>
    <message>
        <source>unknown answer source &quot;%1&quot;</source>
        <translation>fuente de respuesta desconocida &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the answer &quot;%1&quot; matches more than one option</source>
        <translation>la respuesta &quot;%1&quot; coincide con más de una opción</translation>
    </message>
    <message>
        <source>the answer &quot;%1&quot; matches none of the options</source>
        <translation>la respuesta &quot;%1&quot; no coincide con ninguna opción</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>virtual (default) or real.</source>
        <translation>virtual (por defecto) o real.</translation>
    </message>
    <message>
        <source>Write a Chrome/Perfetto trace.</source>
        <translation>Escribe una traza de Chrome/Perfetto.</translation>
    </message>
    <message>
        <source>The program.</source>
        <translation>El programa.</translation>
    </message>
    <message>
        <source>Stop after N nested Python calls (default %1).</source>
        <translation>Detiene el programa tras N llamadas anidadas de Python (por defecto %1).</translation>
    </message>
    <message>
        <source>Stop after N statements and loop rounds (default %1).</source>
        <translation>Detiene el programa tras N instrucciones y vueltas de bucle (por defecto %1).</translation>
    </message>
    <message>
        <source>Stop after N characters printed (default %1).</source>
        <translation>Detiene el programa tras imprimir N caracteres (por defecto %1).</translation>
    </message>
    <message>
        <source>Stop after N trace events recorded, with --trace (default %1).</source>
        <translation>Detiene el programa tras registrar N eventos de traza, con --trace (por defecto %1).</translation>
    </message>
    <message>
        <source>aiohttp&apos;s network: sim (default on the virtual clock) or real (loopback demo server; needs --clock real).</source>
        <translation>La red de aiohttp: sim (por defecto con el reloj virtual) o real (servidor de demostración en loopback; necesita --clock real).</translation>
    </message>
    <message>
        <source>Let the program reach HOST besides the demo server.</source>
        <translation>Permite que el programa llegue a HOST además de al servidor de demostración.</translation>
    </message>
    <message>
        <source>Open the window: the lessons, their code and the timeline.</source>
        <translation>Abre la ventana: las lecciones, su código y la línea de tiempo.</translation>
    </message>
    <message>
        <source>Without a command Awaitscope opens its window. A Python program given as FILE opens there as a lesson of its own; a trace written by &quot;awaitscope run --trace&quot; opens in a player of its own, played back as it was recorded.</source>
        <translation>Sin orden, Awaitscope abre su ventana. Un programa de Python dado como FILE se abre allí como una lección propia; una traza escrita por «awaitscope run --trace» se abre en un reproductor propio y se reproduce tal como se grabó.</translation>
    </message>
    <message>
        <source>Open this lesson: a lesson&apos;s id, or a lesson folder (or a folder of lessons) from anywhere.</source>
        <translation>Abre esta lección: el id de una lección, o una carpeta de lección (o una carpeta de lecciones) de cualquier lugar.</translation>
    </message>
    <message>
        <source>Print the version and stop.</source>
        <translation>Muestra la versión y termina.</translation>
    </message>
    <message>
        <source>A Python program (FILE.py) or a trace (TRACE.json).</source>
        <translation>Un programa de Python (FILE.py) o una traza (TRACE.json).</translation>
    </message>
    <message>
        <source>Run a Python asyncio program and print its output.</source>
        <translation>Ejecuta un programa asyncio de Python y muestra su salida.</translation>
    </message>
    <message>
        <source>Runs FILE.py on Awaitscope&apos;s own interpreter and runtime, as python3 would run it, and prints what it prints. The exit status is the program&apos;s. A program that runs away stops at a limit with one line that names the limit, its value and the flag that raises it.</source>
        <translation>Ejecuta FILE.py en el intérprete y el runtime propios de Awaitscope, como lo ejecutaría python3, y muestra lo que imprime. El estado de salida es el del programa. Un programa que se desboca se detiene en un límite con una línea que nombra el límite, su valor y la opción que lo aumenta.</translation>
    </message>
    <message>
        <source>Write the run&apos;s trace (every task and event) as JSON; the window opens it again.</source>
        <translation>Escribe la traza de la ejecución (cada tarea y cada evento) en JSON; la ventana la vuelve a abrir.</translation>
    </message>
    <message>
        <source>List the lessons, or check a lesson folder.</source>
        <translation>Lista las lecciones, o comprueba una carpeta de lección.</translation>
    </message>
    <message>
        <source>Lists every lesson, the built-in ones and those in your lessons folder, then the problems of any that did not load. With --check it reads a lesson folder instead, runs its programs and reports every problem as FILE:LINE: message; the exit status is 1 when there is one.</source>
        <translation>Lista todas las lecciones, las incluidas y las de tu carpeta de lecciones, y después los problemas de las que no se cargaron. Con --check lee en cambio una carpeta de lección, ejecuta sus programas e informa de cada problema como ARCHIVO:LÍNEA: mensaje; el estado de salida es 1 si hay alguno.</translation>
    </message>
    <message>
        <source>Check the lesson folder DIR (or every lesson in it).</source>
        <translation>Comprueba la carpeta de lección DIR (o cada lección que contiene).</translation>
    </message>
    <message>
        <source>Print the folders the lessons and the translations are read from.</source>
        <translation>Muestra las carpetas de las que se leen las lecciones y las traducciones.</translation>
    </message>
    <message>
        <source>Run the demo HTTP server alone, on 127.0.0.1.</source>
        <translation>Ejecuta solo el servidor HTTP de demostración, en 127.0.0.1.</translation>
    </message>
    <message>
        <source>Runs the demo HTTP server on 127.0.0.1 until you press Ctrl+C, so that the lessons&apos; aiohttp programs can also run under python3 against http://127.0.0.1:P/.</source>
        <translation>Ejecuta el servidor HTTP de demostración en 127.0.0.1 hasta que pulses Ctrl+C, para que los programas aiohttp de las lecciones también puedan ejecutarse con python3 contra http://127.0.0.1:P/.</translation>
    </message>
    <message>
        <source>Port to listen on (default: one the system picks).</source>
        <translation>Puerto en el que escuchar (por defecto: uno que elige el sistema).</translation>
    </message>
    <message>
        <source>Draw a run as a picture for slides; no display needed.</source>
        <translation>Dibuja una ejecución como imagen para diapositivas; no hace falta pantalla.</translation>
    </message>
    <message>
        <source>The picture&apos;s size in pixels, WIDTHxHEIGHT (default 1920x1080).</source>
        <translation>El tamaño de la imagen en píxeles, ANCHOxALTO (por defecto 1920x1080).</translation>
    </message>
    <message>
        <source>The lesson to draw, by its id (awaitscope lessons).</source>
        <translation>La lección que dibujar, por su id (awaitscope lessons).</translation>
    </message>
    <message>
        <source>The colours (default light).</source>
        <translation>Los colores (por defecto light).</translation>
    </message>
    <message>
        <source>What to draw: the player (default), the timeline alone, or the lesson&apos;s pitfall beside its fix.</source>
        <translation>Qué dibujar: el reproductor (por defecto), solo la línea de tiempo, o la trampa de la lección junto a su solución.</translation>
    </message>
    <message>
        <source>The caption (default: the lesson&apos;s or program&apos;s title).</source>
        <translation>El pie de imagen (por defecto: el título de la lección o del programa).</translation>
    </message>
    <message>
        <source>No caption.</source>
        <translation>Sin pie de imagen.</translation>
    </message>
    <message>
        <source>Write one PNG per frame into DIR.</source>
        <translation>Escribe un PNG por fotograma en DIR.</translation>
    </message>
    <message>
        <source>How fast the run plays in --frames and animations (default 1; 2 is twice as fast).</source>
        <translation>A qué velocidad se reproduce la ejecución en --frames y en las animaciones (por defecto 1; 2 es el doble de rápido).</translation>
    </message>
    <message>
        <source>The program to draw, instead of --lesson.</source>
        <translation>El programa que dibujar, en lugar de --lesson.</translation>
    </message>
    <message>
        <source>Awaitscope shows what asyncio really does, one task at a time: it runs Python asyncio programs on its own runtime and draws every task, await and cancellation on a timeline.</source>
        <translation>Awaitscope muestra lo que asyncio hace de verdad, tarea a tarea: ejecuta programas asyncio de Python en su propio runtime y dibuja cada tarea, cada await y cada cancelación en una línea de tiempo.</translation>
    </message>
    <message>
        <source>The language of the window, the messages and the lessons for this run (default: English on the command line, the saved choice in the window).</source>
        <translation>El idioma de la ventana, los mensajes y las lecciones para esta ejecución (por defecto: inglés en la línea de órdenes, la elección guardada en la ventana).</translation>
    </message>
    <message>
        <source>Show this help and stop.</source>
        <translation>Muestra esta ayuda y termina.</translation>
    </message>
    <message>
        <source>The moment to draw: seconds of the run, event:N (the N-th event; two events at one instant are two moments) or end (the default).</source>
        <translation>El momento que dibujar: segundos de la ejecución, event:N (el N-ésimo evento; dos eventos en el mismo instante son dos momentos) o end (por defecto).</translation>
    </message>
    <message>
        <source>With --lesson: draw the moment a section of the lesson explains, with its title as the caption.</source>
        <translation>Con --lesson: dibuja el momento que explica una sección de la lección, con su título como leyenda.</translation>
    </message>
    <message>
        <source>Stop when the program has used N megabytes of memory (default %1).</source>
        <translation>Detener cuando el programa haya usado N megabytes de memoria (por defecto %1).</translation>
    </message>
    <message>
        <source>Runs a lesson&apos;s program (or FILE.py) on the virtual clock and draws it: PNG, SVG or PDF as the --out file is named, the picture in words (.txt: each task&apos;s state, what gather and wait hold, the output so far; alt text for a slide), or the run played from start to end at --fps and --speed: an animated GIF that loops (.gif) or an H.264 video (.mp4). Two runs write the same bytes.</source>
        <translation>Ejecuta el programa de una lección (o FILE.py) con el reloj virtual y lo dibuja: PNG, SVG o PDF según el nombre del archivo --out, la imagen en palabras (.txt: el estado de cada tarea, lo que tienen gather y wait, la salida hasta ahora; texto alternativo para una diapositiva) o la ejecución reproducida de principio a fin con --fps y --speed: una animación GIF que se repite (.gif) o un vídeo H.264 (.mp4). Dos ejecuciones escriben los mismos bytes.</translation>
    </message>
    <message>
        <source>Where to write: FILE.png, FILE.svg, FILE.pdf or FILE.txt, or an animation: FILE.gif or FILE.mp4.</source>
        <translation>Dónde escribir: FILE.png, FILE.svg, FILE.pdf o FILE.txt, o una animación: FILE.gif o FILE.mp4.</translation>
    </message>
    <message>
        <source>Frames per second of --frames and animations (default 10; a GIF takes at most 50).</source>
        <translation>Fotogramas por segundo de --frames y de las animaciones (por defecto 10; un GIF admite como mucho 50).</translation>
    </message>
    <message>
        <source>Where an animation starts, in seconds of the run (default 0).</source>
        <translation>Dónde empieza una animación, en segundos de la ejecución (por defecto 0).</translation>
    </message>
    <message>
        <source>Where an animation stops, in seconds of the run (default: its end).</source>
        <translation>Dónde termina una animación, en segundos de la ejecución (por defecto: su final).</translation>
    </message>
    <message>
        <source>Record a run of a program under CPython as a trace.</source>
        <translation>Graba una ejecución de un programa bajo CPython como traza.</translation>
    </message>
    <message>
        <source>Where to write the trace (required).</source>
        <translation>Dónde escribir la traza (obligatorio).</translation>
    </message>
    <message>
        <source>The Python to run it with (default: python3 on PATH).</source>
        <translation>El Python con el que ejecutarlo (por defecto: python3 en el PATH).</translation>
    </message>
    <message>
        <source>Stop the program after this many real seconds (default 120).</source>
        <translation>Detiene el programa tras esta cantidad de segundos reales (por defecto 120).</translation>
    </message>
    <message>
        <source>Compare the scheduling stories of two traces.</source>
        <translation>Compara la historia de planificación de dos trazas.</translation>
    </message>
    <message>
        <source>Reads two traces (written by &quot;awaitscope run --trace&quot; or &quot;awaitscope record&quot;) and says &quot;same scheduling story&quot; when the same tasks, in the same creation order and with the same names, each ran, waited on the same kind of thing, woke and ended at the same times, every combinator got and gave back the same, and the same output came at the same times; otherwise it prints the first difference: where, when, what the first trace has and what the second has. Tasks and futures are matched by their order, not their ids; wait&apos;s done and pending sets are compared as sets. The exit status is 0 for the same story, 1 for a difference, 2 when a trace cannot be read.</source>
        <translation>Lee dos trazas (escritas por &quot;awaitscope run --trace&quot; o &quot;awaitscope record&quot;) y dice &quot;la misma historia de planificación&quot; cuando las mismas tareas, en el mismo orden de creación y con los mismos nombres, se ejecutaron, esperaron el mismo tipo de cosa, despertaron y terminaron en los mismos instantes, cada combinador recibió y devolvió lo mismo y la misma salida llegó en los mismos instantes; si no, muestra la primera diferencia: dónde, cuándo, qué tiene la primera traza y qué tiene la segunda. Las tareas y los futuros se emparejan por su orden, no por sus ids; los conjuntos done y pending de wait se comparan como conjuntos. El estado de salida es 0 para la misma historia, 1 para una diferencia y 2 cuando no se puede leer una traza.</translation>
    </message>
    <message>
        <source>The expected run.</source>
        <translation>La ejecución esperada.</translation>
    </message>
    <message>
        <source>The run to compare with it.</source>
        <translation>La ejecución que se compara con ella.</translation>
    </message>
    <message>
        <source>Runs FILE.py under your own CPython (3.11 or newer: python3 on PATH, or --python) with the recorder Awaitscope ships, on a virtual clock that jumps to the next timer when nothing is ready (or, with --clock real, on asyncio&apos;s own loop and the real clock), and writes what CPython did as an Awaitscope trace: the tasks, their steps, what each one waited on, their ends and the output with its time. The window opens the trace like any other. The program&apos;s output passes through; the exit status is the program&apos;s, or 1 when nothing could be recorded.</source>
        <translation>Ejecuta FILE.py bajo tu propio CPython (3.11 o posterior: python3 en el PATH, o --python) con el grabador que incluye Awaitscope, en un reloj virtual que salta al siguiente temporizador cuando nada está listo (o, con --clock real, en el bucle propio de asyncio y el reloj real), y escribe lo que hizo CPython como traza de Awaitscope: las tareas, sus pasos, qué esperaba cada una, cómo terminaron y la salida con su momento. La ventana abre la traza como cualquier otra. La salida del programa se muestra tal cual; el código de salida es el del programa, o 1 si no se pudo grabar nada.</translation>
    </message>
    <message>
        <source>virtual (default: deterministic, comparable with &quot;awaitscope run&quot;) or real (asyncio&apos;s own loop and clock: real sockets, any library).</source>
        <translation>virtual (por defecto: determinista, comparable con &quot;awaitscope run&quot;) o real (el bucle y el reloj propios de asyncio: sockets reales, cualquier biblioteca).</translation>
    </message>
    <message>
        <source>Given to the program as sys.argv[1:].</source>
        <translation>Se pasa al programa como sys.argv[1:].</translation>
    </message>
    <message>
        <source>Stop when more than N tasks are unfinished at once (default %1).</source>
        <translation>Detiene el programa cuando hay más de N tareas sin terminar a la vez (por defecto %1).</translation>
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
        <translation>%1, línea %2: %3</translation>
    </message>
    <message>
        <source>This lesson has no pitfall and fix to compare.</source>
        <translation>Esta lección no tiene una trampa y su solución que comparar.</translation>
    </message>
    <message>
        <source>Your program is the lesson&apos;s program: edit it first, then compare the two.</source>
        <translation>Tu programa es el de la lección: modifícalo primero y luego compara los dos.</translation>
    </message>
    <message>
        <source>your edit of %1</source>
        <translation>tu versión de %1</translation>
    </message>
    <message>
        <source>the lesson&apos;s program (%1)</source>
        <translation>el programa de la lección (%1)</translation>
    </message>
    <message>
        <source>your edit</source>
        <translation>tu versión</translation>
    </message>
    <message>
        <source>This lesson has no parameters to vary.</source>
        <translation>Esta lección no tiene parámetros que variar.</translation>
    </message>
    <message>
        <source>Both settings are the same: change a parameter, then compare.</source>
        <translation>Los dos ajustes son iguales: cambia un parámetro y luego compara.</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>--fps %1 is not a frame rate: give a number from 1 to 120.</source>
        <translation>--fps %1 no es una tasa de fotogramas: indica un número de 1 a 120.</translation>
    </message>
    <message>
        <source>--speed %1 is not a speed: give a positive number (2 plays the run twice as fast).</source>
        <translation>--speed %1 no es una velocidad: indica un número positivo (2 reproduce la ejecución al doble de velocidad).</translation>
    </message>
    <message>
        <source>--size %1 is not a picture size: use WIDTHxHEIGHT (16 to 16384 each), 1080p or 4k.</source>
        <translation>--size %1 no es un tamaño de imagen: usa ANCHOxALTO (de 16 a 16384 cada uno), 1080p o 4k.</translation>
    </message>
    <message>
        <source>--theme %1 is not a theme: use %2.</source>
        <translation>--theme %1 no es un tema: usa %2.</translation>
    </message>
    <message>
        <source>--view %1 is not a view: use player, timeline or compare.</source>
        <translation>--view %1 no es una vista: usa player, timeline o compare.</translation>
    </message>
    <message>
        <source>Say what to draw: --lesson ID or a FILE.py.</source>
        <translation>Indica qué dibujar: --lesson ID o un FILE.py.</translation>
    </message>
    <message>
        <source>Give either --lesson or a FILE.py, not both.</source>
        <translation>Indica --lesson o un FILE.py, no ambos.</translation>
    </message>
    <message>
        <source>%1 is not a Python program (FILE.py).</source>
        <translation>%1 no es un programa de Python (FILE.py).</translation>
    </message>
    <message>
        <source>--view compare needs --lesson ID: it compares the lesson&apos;s pitfall.py with its fixed.py.</source>
        <translation>--view compare necesita --lesson ID: compara el pitfall.py de la lección con su fixed.py.</translation>
    </message>
    <message>
        <source>--caption and --no-caption contradict each other.</source>
        <translation>--caption y --no-caption se contradicen.</translation>
    </message>
    <message>
        <source>Export needs a graphical application object (internal error).</source>
        <translation>La exportación necesita un objeto de aplicación gráfica (error interno).</translation>
    </message>
    <message>
        <source>There is no lesson %1. Lessons: %2.</source>
        <translation>No hay ninguna lección %1. Lecciones: %2.</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>no se encontró ninguna</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Lesson %1 has no pitfall and fixed programs to compare; use --view player.</source>
        <translation>La lección %1 no tiene programas pitfall y fixed que comparar; usa --view player.</translation>
    </message>
    <message>
        <source>Lesson %1 has no program to run.</source>
        <translation>La lección %1 no tiene ningún programa que ejecutar.</translation>
    </message>
    <message>
        <source>Cannot find the program %1.</source>
        <translation>No se encuentra el programa %1.</translation>
    </message>
    <message>
        <source>%1 exited with status %2; drawing it anyway.
%3</source>
        <translation>%1 terminó con el estado %2; se dibuja de todos modos.
%3</translation>
    </message>
    <message>
        <source>--at %1 is not a moment: give seconds (like 3 or 4.5), event:N (N from 1) or &quot;end&quot;.</source>
        <translation>--at %1 no es un momento: indique segundos (como 3 o 4.5), event:N (N desde 1) o &quot;end&quot;.</translation>
    </message>
    <message>
        <source>--section and --at both choose the moment: give one of them.</source>
        <translation>--section y --at eligen ambos el momento: indique solo uno.</translation>
    </message>
    <message>
        <source>--section needs --lesson ID: sections belong to a lesson.</source>
        <translation>--section necesita --lesson ID: las secciones pertenecen a una lección.</translation>
    </message>
    <message>
        <source>Lesson %1 has no section %2. Its sections: %3.</source>
        <translation>La lección %1 no tiene la sección %2. Sus secciones: %3.</translation>
    </message>
    <message>
        <source>The moment of section %1 never happens in this run; drawing the end.</source>
        <translation>El momento de la sección %1 no ocurre en esta ejecución; se dibuja el final.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n frame(s) to %1 (%2 frames per second).</source>
        <translation>
            <numerusform>Se escribió %n fotograma en %1 (%2 fotogramas por segundo).</numerusform>
            <numerusform>Se escribieron %n fotogramas en %1 (%2 fotogramas por segundo).</numerusform>
        </translation>
    </message>
    <message>
        <source>Say where to write: --out FILE.png, FILE.svg, FILE.pdf or FILE.txt, an animation FILE.gif or FILE.mp4 (or --frames DIR).</source>
        <translation>Indique dónde escribir: --out FILE.png, FILE.svg, FILE.pdf o FILE.txt, una animación FILE.gif o FILE.mp4 (o --frames DIR).</translation>
    </message>
    <message>
        <source>--out %1: name the file .png, .svg, .pdf or .txt (or .gif, .mp4 for an animation) to choose the format.</source>
        <translation>--out %1: nombre el archivo .png, .svg, .pdf o .txt (o .gif, .mp4 para una animación) para elegir el formato.</translation>
    </message>
    <message>
        <source>Wrote %1: %2 frames at %3 frames per second, %4 s, %5×%6 (%7).</source>
        <translation>Se escribió %1: %2 fotogramas a %3 fotogramas por segundo, %4 s, %5×%6 (%7).</translation>
    </message>
    <message>
        <source>--%1 %2 is not a moment: give seconds of the run, like 3 or 4.5.</source>
        <translation>--%1 %2 no es un momento: indique segundos de la ejecución, como 3 o 4.5.</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>%1 · at %2</source>
        <translation>%1 · en %2</translation>
    </message>
    <message>
        <source>Combinators</source>
        <translation>Combinadores</translation>
    </message>
    <message>
        <source>Event loop</source>
        <translation>Bucle de eventos</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>Consola</translation>
    </message>
    <message>
        <source>The picture size %1×%2 is out of range: use 16 to 16384 pixels on each side.</source>
        <translation>El tamaño de imagen %1×%2 está fuera de rango: usa de 16 a 16384 píxeles por lado.</translation>
    </message>
    <message>
        <source>Could not encode the PNG image: %1</source>
        <translation>No se pudo codificar la imagen PNG: %1</translation>
    </message>
    <message>
        <source>A run drawn by Awaitscope</source>
        <translation>Una ejecución dibujada por Awaitscope</translation>
    </message>
    <message>
        <source>Nothing was drawn for %1.</source>
        <translation>No se dibujó nada para %1.</translation>
    </message>
    <message>
        <source>There is no clipboard without a graphical session.</source>
        <translation>Sin una sesión gráfica no hay portapapeles.</translation>
    </message>
    <message>
        <source>The clipboard is not available.</source>
        <translation>El portapapeles no está disponible.</translation>
    </message>
    <message>
        <source>Frames need a frame rate between 1 and 120 and a positive speed.</source>
        <translation>Los fotogramas necesitan una tasa entre 1 y 120 y una velocidad positiva.</translation>
    </message>
    <message>
        <source>%1 frames are too many (at most %2): raise --speed or lower --fps.</source>
        <translation>%1 fotogramas son demasiados (como mucho %2): sube --speed o baja --fps.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Could not encode %1: %2</source>
        <translation>No se pudo codificar %1: %2</translation>
    </message>
    <message>
        <source>A GIF or an MP4 is an animation of the whole run, not one picture.</source>
        <translation>Un GIF o un MP4 es una animación de toda la ejecución, no una sola imagen.</translation>
    </message>
    <message>
        <source>Cannot tell the format of %1: name it .png, .svg, .pdf, .txt, .gif or .mp4.</source>
        <translation>No se sabe el formato de %1: nómbralo .png, .svg, .pdf, .txt, .gif o .mp4.</translation>
    </message>
    <message>
        <source>The run takes no time on its clock (it ends at 0 s), so there is nothing to play: export a picture (.png) instead.</source>
        <translation>La ejecución no dura nada en su reloj (termina en 0 s), así que no hay nada que reproducir: exporta una imagen (.png) en su lugar.</translation>
    </message>
    <message>
        <source>Cannot write an animation as %1: name it .gif or .mp4 (or export numbered PNG frames with --frames DIR).</source>
        <translation>No se puede escribir una animación como %1: nómbrala .gif o .mp4 (o exporta fotogramas PNG numerados con --frames DIR).</translation>
    </message>
    <message>
        <source>(no suffix)</source>
        <translation>(sin extensión)</translation>
    </message>
    <message>
        <source>A GIF plays at most %1 frames per second (its delays are hundredths of a second): lower --fps, or write an .mp4.</source>
        <translation>Un GIF reproduce como mucho %1 fotogramas por segundo (sus pausas se cuentan en centésimas de segundo): baja --fps o escribe un .mp4.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2 is a file, not a folder.</source>
        <translation>No se puede escribir %1: %2 es un archivo, no una carpeta.</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 does not exist. Create it or choose another.</source>
        <translation>No se puede escribir %1: la carpeta %2 no existe. Créala o elige otra.</translation>
    </message>
    <message>
        <source>%1 is not a regular file; choose another name</source>
        <translation>%1 no es un archivo normal; elige otro nombre</translation>
    </message>
    <message>
        <source>A video needs an even width and height: drew %1×%2 instead of %3×%4.</source>
        <translation>Un vídeo necesita un ancho y un alto pares: se dibujó a %1×%2 en lugar de %3×%4.</translation>
    </message>
    <message>
        <source>Cannot write %1: no temporary folder (%2).</source>
        <translation>No se puede escribir %1: no hay carpeta temporal (%2).</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>libx264 is missing here, so the video is %1 (MPEG-4 part 2), which some browsers and slide tools do not play.</source>
        <translation>Aquí falta libx264, así que el vídeo es %1 (MPEG-4 parte 2), que algunos navegadores y programas de presentaciones no reproducen.</translation>
    </message>
    <message>
        <source>the video came out empty</source>
        <translation>el vídeo salió vacío</translation>
    </message>
    <message>
        <source>%1 s to %2 s is not a stretch of this run, which lasts %3 s: give a start before the end, both within the run.</source>
        <translation>De %1 s a %2 s no es un tramo de esta ejecución, que dura %3 s: indique un inicio anterior al final, ambos dentro de la ejecución.</translation>
    </message>
</context>
<context>
    <name>GifEncoder</name>
    <message>
        <source>The GIF encoder (giflib) failed: %1</source>
        <translation>El codificador GIF (giflib) falló: %1</translation>
    </message>
    <message>
        <source>A frame of %1×%2 pixels does not fit a GIF of %3×%4.</source>
        <translation>Un fotograma de %1×%2 píxeles no cabe en un GIF de %3×%4.</translation>
    </message>
    <message>
        <source>The animation has no frames.</source>
        <translation>La animación no tiene fotogramas.</translation>
    </message>
</context>
<context>
    <name>HttpPhase</name>
    <message>
        <source>queued</source>
        <translation>en cola</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>conectando</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>esperando</translation>
    </message>
    <message>
        <source>receiving</source>
        <translation>recibiendo</translation>
    </message>
</context>
<context>
    <name>Interpreter</name>
    <message>
        <source>output limit reached: the program printed more than %1 characters</source>
        <translation>límite de salida alcanzado: el programa imprimió más de %1 caracteres</translation>
    </message>
    <message>
        <source>step limit reached: the program ran more than %1 steps (an endless loop?)</source>
        <translation>límite de pasos alcanzado: el programa ejecutó más de %1 pasos (¿un bucle infinito?)</translation>
    </message>
    <message>
        <source>memory limit reached: a string of more than %1 characters</source>
        <translation>límite de memoria alcanzado: una cadena de más de %1 caracteres</translation>
    </message>
    <message>
        <source>trace limit reached: the run recorded more than %1 events for the timeline</source>
        <translation>límite de traza alcanzado: la ejecución registró más de %1 eventos para la línea de tiempo</translation>
    </message>
    <message>
        <source>raise it with %1 N</source>
        <translation>súbelo con %1 N</translation>
    </message>
    <message>
        <source>memory limit reached: the program used more than %1 MB</source>
        <translation>límite de memoria alcanzado: el programa usó más de %1 MB</translation>
    </message>
    <message>
        <source>task limit reached: the program had more than %1 tasks unfinished at once</source>
        <translation>límite de tareas alcanzado: el programa tuvo más de %1 tareas sin terminar a la vez</translation>
    </message>
</context>
<context>
    <name>Lesson</name>
    <message>
        <source>must be a number</source>
        <translation>debe ser un número</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>debe ser un número entero</translation>
    </message>
    <message>
        <source>%1 is outside %2..%3</source>
        <translation>%1 está fuera de %2..%3</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>debe ser true o false</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>debe ser una cadena</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the choices (%2)</source>
        <translation>&quot;%1&quot; no es una de las opciones (%2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the choices</source>
        <translation>&quot;%1&quot; no es una de las opciones</translation>
    </message>
    <message>
        <source>unknown type</source>
        <translation>tipo desconocido</translation>
    </message>
</context>
<context>
    <name>LessonChecker</name>
    <message>
        <source>the program could not be run: %1</source>
        <translation>no se pudo ejecutar el programa: %1</translation>
    </message>
    <message>
        <source>section &quot;%1&quot;: its moment never happens in the run of %2</source>
        <translation>sección &quot;%1&quot;: su momento nunca ocurre en la ejecución de %2</translation>
    </message>
    <message>
        <source>question &quot;%1&quot;: the answer cannot be computed from the run of %2: %3</source>
        <translation>pregunta &quot;%1&quot;: la respuesta no se puede calcular a partir de la ejecución de %2: %3</translation>
    </message>
    <message>
        <source>question &quot;%1&quot;: the run of %2 gives &quot;%3&quot;, not a number</source>
        <translation>pregunta &quot;%1&quot;: la ejecución de %2 da &quot;%3&quot;, no un número</translation>
    </message>
    <message>
        <source>question &quot;%1&quot;: in the run of %2, %3</source>
        <translation>pregunta &quot;%1&quot;: en la ejecución de %2, %3</translation>
    </message>
    <message>
        <source>%1: no such folder
</source>
        <translation>%1: no existe esa carpeta
</translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is also used by %2</source>
        <translation>el id &quot;%1&quot; también lo usa %2</translation>
    </message>
    <message>
        <source>checked %1 lesson(s): %2 problem(s)
</source>
        <translation>%1 lección(es) comprobada(s): %2 problema(s)
</translation>
    </message>
    <message>
        <source>  (your lesson)</source>
        <translation>  (tu lección)</translation>
    </message>
    <message>
        <source>
Lessons that did not load:
</source>
        <translation>
Lecciones que no se cargaron:
</translation>
    </message>
    <message>
        <source>the program exits with status %1</source>
        <translation>el programa termina con el estado %1</translation>
    </message>
    <message>
        <source>the program exits with status %1: %2</source>
        <translation>el programa termina con el estado %1: %2</translation>
    </message>
    <message>
        <source>section &quot;%1&quot;: at its moment the picture of %2 does not show &quot;%3&quot; (see it in words with `awaitscope export --lesson %4 --section %1 --out %1.txt`)</source>
        <translation>sección «%1»: en su momento, la imagen de %2 no muestra «%3» (en palabras: `awaitscope export --lesson %4 --section %1 --out %1.txt`)</translation>
    </message>
</context>
<context>
    <name>LessonLibrary</name>
    <message>
        <source>the id &quot;%1&quot; is already used by %2; choose another id (and folder name)</source>
        <translation>el id &quot;%1&quot; ya lo usa %2; elige otro id (y otro nombre de carpeta)</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>no se puede leer</translation>
    </message>
    <message>
        <source>is neither a lesson folder nor a Python program</source>
        <translation>no es ni una carpeta de lección ni un programa de Python</translation>
    </message>
    <message>
        <source>holds no lesson</source>
        <translation>no contiene ninguna lección</translation>
    </message>
</context>
<context>
    <name>LessonProgress</name>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1: no se puede crear la carpeta</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Awaitscope (format %2); this version does not change it, so progress made now is not kept</source>
        <translation>%1 fue escrito por una versión más reciente de Awaitscope (formato %2); esta versión no lo modifica, así que el progreso de ahora no se guarda</translation>
    </message>
    <message>
        <source>%1 is not a progress file Awaitscope can read</source>
        <translation>%1 no es un archivo de progreso que Awaitscope pueda leer</translation>
    </message>
    <message>
        <source>%1; it could not be moved aside, so progress made now is not saved over it</source>
        <translation>%1; no se pudo apartar, así que el progreso de ahora no se guarda encima</translation>
    </message>
    <message>
        <source>%1; it was kept as %2, starting afresh</source>
        <translation>%1; se guardó como %2 y se empieza de nuevo</translation>
    </message>
</context>
<context>
    <name>LessonReader</name>
    <message>
        <source>unknown key &quot;%1&quot; (allowed here: %2)</source>
        <translation>clave desconocida &quot;%1&quot; (aquí se permiten: %2)</translation>
    </message>
    <message>
        <source>missing key &quot;%1&quot;</source>
        <translation>falta la clave &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation>&quot;%1&quot; debe ser una cadena</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must not be empty</source>
        <translation>&quot;%1&quot; no puede estar vacío</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a number</source>
        <translation>&quot;%1&quot; debe ser un número</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number</source>
        <translation>&quot;%1&quot; debe ser un número entero</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list</source>
        <translation>&quot;%1&quot; debe ser una lista</translation>
    </message>
    <message>
        <source>%1 must be an object { ... }</source>
        <translation>%1 debe ser un objeto { ... }</translation>
    </message>
    <message>
        <source>every entry of &quot;%1&quot; must be a non-empty string</source>
        <translation>cada elemento de &quot;%1&quot; debe ser una cadena no vacía</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is used twice</source>
        <translation>%1 &quot;%2&quot; se usa dos veces</translation>
    </message>
    <message>
        <source>&quot;at&quot; needs &quot;event&quot; or &quot;time&quot;</source>
        <translation>&quot;at&quot; necesita &quot;event&quot; o &quot;time&quot;</translation>
    </message>
    <message>
        <source>&quot;time&quot; must not be negative</source>
        <translation>&quot;time&quot; no puede ser negativo</translation>
    </message>
    <message>
        <source>unknown event &quot;%1&quot; (use start, end, output, %2)</source>
        <translation>evento desconocido &quot;%1&quot; (usa start, end, output, %2)</translation>
    </message>
    <message>
        <source>&quot;step&quot; must be more than 0</source>
        <translation>&quot;step&quot; debe ser mayor que 0</translation>
    </message>
    <message>
        <source>&quot;max&quot; must be more than &quot;min&quot;</source>
        <translation>&quot;max&quot; debe ser mayor que &quot;min&quot;</translation>
    </message>
    <message>
        <source>a symbol choice</source>
        <translation>una opción de símbolo</translation>
    </message>
    <message>
        <source>a symbol parameter needs at least two choices</source>
        <translation>un parámetro de símbolo necesita al menos dos opciones</translation>
    </message>
    <message>
        <source>unknown parameter type &quot;%1&quot; (use int, float, bool, string or symbol)</source>
        <translation>tipo de parámetro desconocido &quot;%1&quot; (usa int, float, bool, string o symbol)</translation>
    </message>
    <message>
        <source>parameter name &quot;%1&quot; must be lowercase letters, digits and _</source>
        <translation>el nombre de parámetro &quot;%1&quot; solo puede tener minúsculas, dígitos y _</translation>
    </message>
    <message>
        <source>&quot;default&quot; does not fit the type %1</source>
        <translation>&quot;default&quot; no encaja con el tipo %1</translation>
    </message>
    <message>
        <source>parameter &quot;%1&quot;: default %2</source>
        <translation>parámetro &quot;%1&quot;: default %2</translation>
    </message>
    <message>
        <source>missing key &quot;from&quot;: say how the answer is computed from the run</source>
        <translation>falta la clave &quot;from&quot;: indica cómo se calcula la respuesta a partir de la ejecución</translation>
    </message>
    <message>
        <source>&quot;occurrence&quot; counts from 1 (or from -1 at the end)</source>
        <translation>&quot;occurrence&quot; cuenta desde 1 (o desde -1 por el final)</translation>
    </message>
    <message>
        <source>&quot;overlap&quot; compares exactly two tasks</source>
        <translation>&quot;overlap&quot; compara exactamente dos tareas</translation>
    </message>
    <message>
        <source>unknown answer source &quot;%1&quot; (use %2)</source>
        <translation>fuente de respuesta desconocida &quot;%1&quot; (usa %2)</translation>
    </message>
    <message>
        <source>bad regular expression: %1</source>
        <translation>expresión regular incorrecta: %1</translation>
    </message>
    <message>
        <source>the expression has only %1 group(s)</source>
        <translation>la expresión solo tiene %1 grupo(s)</translation>
    </message>
    <message>
        <source>a number question needs a number, but &quot;%1&quot; gives a word; make it a choice</source>
        <translation>una pregunta numérica necesita un número, pero &quot;%1&quot; da una palabra; conviértela en una pregunta de opciones</translation>
    </message>
    <message>
        <source>&quot;tolerance&quot; must not be negative</source>
        <translation>&quot;tolerance&quot; no puede ser negativo</translation>
    </message>
    <message>
        <source>unknown question kind &quot;%1&quot; (use number or choice)</source>
        <translation>tipo de pregunta desconocido &quot;%1&quot; (usa number o choice)</translation>
    </message>
    <message>
        <source>an option</source>
        <translation>una opción</translation>
    </message>
    <message>
        <source>option value</source>
        <translation>valor de opción</translation>
    </message>
    <message>
        <source>a choice question needs at least two options</source>
        <translation>una pregunta de opciones necesita al menos dos opciones</translation>
    </message>
    <message>
        <source>marker names &quot;%1&quot;, which is not a parameter in lesson.json</source>
        <translation>la marca nombra &quot;%1&quot;, que no es un parámetro de lesson.json</translation>
    </message>
    <message>
        <source>parameter &quot;%1&quot; is marked twice</source>
        <translation>el parámetro &quot;%1&quot; está marcado dos veces</translation>
    </message>
    <message>
        <source>a marked line must look like `NAME = VALUE  # param: %1`</source>
        <translation>una línea marcada debe tener esta forma: `NAME = VALUE  # param: %1`</translation>
    </message>
    <message>
        <source>a marked line must look like `... NAME = VALUE; // param: %1`</source>
        <translation>una línea marcada debe tener esta forma: `... NAME = VALUE; // param: %1`</translation>
    </message>
    <message>
        <source>the program sets %1 but the default of parameter &quot;%2&quot; is %3; make them agree</source>
        <translation>el programa pone %1, pero el valor por defecto del parámetro &quot;%2&quot; es %3; haz que coincidan</translation>
    </message>
    <message>
        <source>missing: every lesson folder needs a lesson.json</source>
        <translation>falta: cada carpeta de lección necesita un lesson.json</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>JSON no válido: %1</translation>
    </message>
    <message>
        <source>lesson.json must hold an object { ... }</source>
        <translation>lesson.json debe contener un objeto { ... }</translation>
    </message>
    <message>
        <source>missing key &quot;format&quot; (this version reads &quot;format&quot;: %1)</source>
        <translation>falta la clave &quot;format&quot; (esta versión lee &quot;format&quot;: %1)</translation>
    </message>
    <message>
        <source>format %1 is newer than this Awaitscope understands (%2): update Awaitscope</source>
        <translation>el formato %1 es más nuevo de lo que entiende este Awaitscope (%2): actualiza Awaitscope</translation>
    </message>
    <message>
        <source>&quot;format&quot; must be %1</source>
        <translation>&quot;format&quot; debe ser %1</translation>
    </message>
    <message>
        <source>id &quot;%1&quot; must be lowercase letters, digits and single dashes</source>
        <translation>el id &quot;%1&quot; solo puede tener minúsculas, dígitos y guiones sueltos</translation>
    </message>
    <message>
        <source>id &quot;%1&quot; differs from the folder name &quot;%2&quot;; rename one of them</source>
        <translation>el id &quot;%1&quot; no coincide con el nombre de carpeta &quot;%2&quot;; cambia uno de los dos</translation>
    </message>
    <message>
        <source>&quot;order&quot; must be 1 or more</source>
        <translation>&quot;order&quot; debe ser 1 o más</translation>
    </message>
    <message>
        <source>give at least one takeaway</source>
        <translation>indica al menos una idea para recordar</translation>
    </message>
    <message>
        <source>a program</source>
        <translation>un programa</translation>
    </message>
    <message>
        <source>program id</source>
        <translation>id de programa</translation>
    </message>
    <message>
        <source>&quot;file&quot; must be a .py file inside the lesson folder</source>
        <translation>&quot;file&quot; debe ser un archivo .py dentro de la carpeta de la lección</translation>
    </message>
    <message>
        <source>missing program: %1 is not in the lesson folder</source>
        <translation>falta el programa: %1 no está en la carpeta de la lección</translation>
    </message>
    <message>
        <source>no program with the id &quot;main&quot;</source>
        <translation>no hay ningún programa con el id &quot;main&quot;</translation>
    </message>
    <message>
        <source>a contrast lesson needs both &quot;pitfall&quot; and &quot;fixed&quot;</source>
        <translation>una lección de contraste necesita &quot;pitfall&quot; y &quot;fixed&quot;</translation>
    </message>
    <message>
        <source>a parameter</source>
        <translation>un parámetro</translation>
    </message>
    <message>
        <source>a section</source>
        <translation>una sección</translation>
    </message>
    <message>
        <source>section id</source>
        <translation>id de sección</translation>
    </message>
    <message>
        <source>no program with the id &quot;%1&quot;</source>
        <translation>no hay ningún programa con el id &quot;%1&quot;</translation>
    </message>
    <message>
        <source>give at least one section of explanation</source>
        <translation>indica al menos una sección de explicación</translation>
    </message>
    <message>
        <source>a question</source>
        <translation>una pregunta</translation>
    </message>
    <message>
        <source>question id</source>
        <translation>id de pregunta</translation>
    </message>
    <message>
        <source>parameter &quot;%1&quot; is not marked in any program: end the line that sets it with `# param: %1`</source>
        <translation>el parámetro &quot;%1&quot; no está marcado en ningún programa: termina la línea que lo asigna con `# param: %1`</translation>
    </message>
    <message>
        <source>%1 is a link to a file outside the lesson folder; copy the program into the folder instead</source>
        <translation>%1 es un enlace a un archivo fuera de la carpeta de la lección; copia el programa dentro de la carpeta</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a device, a pipe or a folder); the program must be a normal file</source>
        <translation>%1 no es un archivo normal (un dispositivo, una tubería o una carpeta); el programa debe ser un archivo normal</translation>
    </message>
    <message>
        <source>expected a list of strings</source>
        <translation>se esperaba una lista de cadenas</translation>
    </message>
    <message>
        <source>expected a list of non-empty strings</source>
        <translation>se esperaba una lista de cadenas no vacías</translation>
    </message>
    <message>
        <source>&quot;%1&quot; of an int parameter must be between -%2 and %2</source>
        <translation>«%1» de un parámetro int debe estar entre -%2 y %2</translation>
    </message>
</context>
<context>
    <name>LessonTranslation</name>
    <message>
        <source>a translation must be a non-empty string</source>
        <translation>una traducción debe ser una cadena no vacía</translation>
    </message>
    <message>
        <source>must be an object { ... } keyed by id</source>
        <translation>debe ser un objeto { ... } con los id como claves</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; in a translation</source>
        <translation>clave desconocida &quot;%1&quot; en una traducción</translation>
    </message>
    <message>
        <source>&quot;format&quot; must be %1</source>
        <translation>&quot;format&quot; debe ser %1</translation>
    </message>
    <message>
        <source>lesson.json has no program &quot;%1&quot;</source>
        <translation>lesson.json no tiene ningún programa &quot;%1&quot;</translation>
    </message>
    <message>
        <source>lesson.json has no section &quot;%1&quot;</source>
        <translation>lesson.json no tiene ninguna sección &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;takeaways&quot; must list %1 translations, one per takeaway</source>
        <translation>&quot;takeaways&quot; debe tener %1 traducciones, una por idea</translation>
    </message>
    <message>
        <source>lesson.json has no parameter &quot;%1&quot;</source>
        <translation>lesson.json no tiene ningún parámetro &quot;%1&quot;</translation>
    </message>
    <message>
        <source>lesson.json has no question &quot;%1&quot;</source>
        <translation>lesson.json no tiene ninguna pregunta &quot;%1&quot;</translation>
    </message>
    <message>
        <source>question &quot;%1&quot; has no option &quot;%2&quot;</source>
        <translation>la pregunta &quot;%1&quot; no tiene la opción &quot;%2&quot;</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; (translatable here: %2)</source>
        <translation>clave desconocida &quot;%1&quot; (aquí se puede traducir: %2)</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>JSON no válido: %1</translation>
    </message>
    <message>
        <source>a translation must hold an object { ... }</source>
        <translation>una traducción debe contener un objeto { ... }</translation>
    </message>
    <message>
        <source>a translation is named lesson.LANG.json, LANG like de or pt_BR</source>
        <translation>una traducción se llama lesson.LANG.json, con LANG como de o pt_BR</translation>
    </message>
    <message>
        <source>&quot;language&quot; must be &quot;%1&quot;, as in the file name</source>
        <translation>&quot;language&quot; debe ser &quot;%1&quot;, como en el nombre del archivo</translation>
    </message>
</context>
<context>
    <name>ParameterSubstitution</name>
    <message>
        <source>no parameter named &quot;%1&quot;</source>
        <translation>no hay ningún parámetro llamado &quot;%1&quot;</translation>
    </message>
    <message>
        <source>parameter &quot;%1&quot;: %2</source>
        <translation>parámetro &quot;%1&quot;: %2</translation>
    </message>
</context>
<context>
    <name>ProgramModules</name>
    <message>
        <source>module &apos;%1&apos;: %2 leads out of the program&apos;s folder; Awaitscope reads a program&apos;s modules only from its folder</source>
        <translation>módulo &apos;%1&apos;: %2 lleva fuera de la carpeta del programa; Awaitscope lee los módulos de un programa solo de su carpeta</translation>
    </message>
    <message>
        <source>module &apos;%1&apos;: %2</source>
        <translation>módulo &apos;%1&apos;: %2</translation>
    </message>
</context>
<context>
    <name>PythonRunner</name>
    <message>
        <source>awaitscope: &apos;%1&apos; is the program itself; write the trace to another file
</source>
        <translation>awaitscope: «%1» es el propio programa; escribe la traza en otro archivo
</translation>
    </message>
</context>
<context>
    <name>RunModel</name>
    <message>
        <source>the loop</source>
        <translation>el bucle</translation>
    </message>
    <message>
        <source>connection %1 (reused)</source>
        <translation>conexión %1 (reutilizada)</translation>
    </message>
    <message>
        <source>connection %1</source>
        <translation>conexión %1</translation>
    </message>
    <message>
        <source>status %1</source>
        <translation>estado %1</translation>
    </message>
    <message>
        <source>Before the first event</source>
        <translation>Antes del primer evento</translation>
    </message>
    <message>
        <source>After the last event</source>
        <translation>Después del último evento</translation>
    </message>
    <message>
        <source>%1 created by %2</source>
        <translation>%2 crea %1</translation>
    </message>
    <message>
        <source>%1 created</source>
        <translation>se crea %1</translation>
    </message>
    <message>
        <source>%1 runs</source>
        <translation>%1 se ejecuta</translation>
    </message>
    <message>
        <source>%1 sleeps</source>
        <translation>%1 duerme</translation>
    </message>
    <message>
        <source>%1 awaits %2</source>
        <translation>%1 espera a %2</translation>
    </message>
    <message>
        <source>%1 yields to the loop</source>
        <translation>%1 cede el turno al bucle</translation>
    </message>
    <message>
        <source>%1 blocks the loop for %2 s</source>
        <translation>%1 bloquea el bucle durante %2 s</translation>
    </message>
    <message>
        <source>%1 awaits a combinator</source>
        <translation>%1 espera a un combinador</translation>
    </message>
    <message>
        <source>%1 is suspended (%2)</source>
        <translation>%1 está suspendida (%2)</translation>
    </message>
    <message>
        <source>%1 finished</source>
        <translation>%1 ha terminado</translation>
    </message>
    <message>
        <source>%1 returned %2</source>
        <translation>%1 devolvió %2</translation>
    </message>
    <message>
        <source>%1 raised %2</source>
        <translation>%1 lanzó %2</translation>
    </message>
    <message>
        <source>%1 was cancelled</source>
        <translation>%1 fue cancelada</translation>
    </message>
    <message>
        <source>%1 asks to cancel %2</source>
        <translation>%1 pide cancelar %2</translation>
    </message>
    <message>
        <source>cancel requested for %1</source>
        <translation>cancelación pedida para %1</translation>
    </message>
    <message>
        <source>%1 is ready again</source>
        <translation>%1 vuelve a estar lista</translation>
    </message>
    <message>
        <source>%1 enters %2</source>
        <translation>%1 entra en %2</translation>
    </message>
    <message>
        <source>%1 returns to %2</source>
        <translation>%1 vuelve a %2</translation>
    </message>
    <message>
        <source>combinator</source>
        <translation>combinador</translation>
    </message>
    <message>
        <source>as_completed hands out a result</source>
        <translation>as_completed entrega un resultado</translation>
    </message>
    <message>
        <source>timer set for %1 s</source>
        <translation>temporizador puesto para %1 s</translation>
    </message>
    <message>
        <source>timer fired</source>
        <translation>el temporizador salta</translation>
    </message>
    <message>
        <source>loop pass: %1 ready</source>
        <translation>pasada del bucle: %1 lista(s)</translation>
    </message>
    <message>
        <source>%1 prints %2</source>
        <translation>%1 imprime %2</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source> (line %1)</source>
        <translation> (línea %1)</translation>
    </message>
    <message>
        <source>suspended: sleeping</source>
        <translation>suspendida: durmiendo</translation>
    </message>
    <message>
        <source>suspended: awaiting %1</source>
        <translation>suspendida: esperando a %1</translation>
    </message>
    <message>
        <source>a combinator</source>
        <translation>un combinador</translation>
    </message>
    <message>
        <source>suspended: %1</source>
        <translation>suspendida: %1</translation>
    </message>
    <message>
        <source>from %1 s to %2 s (%3)</source>
        <translation>de %1 s a %2 s (%3)</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>línea %1</translation>
    </message>
    <message>
        <source>%1 awaits %2()</source>
        <translation>%1 espera a %2()</translation>
    </message>
    <message>
        <source>suspended: awaiting %1()</source>
        <translation>suspendida: esperando a %1()</translation>
    </message>
    <message>
        <source>the timers of %1 are due at this same moment but were armed after more of the loop&apos;s wake-ups, each a little late on a real clock; CPython fires them at its next wake-up</source>
        <translation>los temporizadores de %1 vencen en este mismo momento, pero se programaron tras más despertares del bucle de eventos, cada uno algo tardío en un reloj real; CPython los dispara en su siguiente despertar</translation>
    </message>
    <message>
        <source>waiting for a free worker thread</source>
        <translation>esperando un hilo de trabajo libre</translation>
    </message>
    <message>
        <source>in a worker thread: in time.sleep until %1 s</source>
        <translation>en un hilo de trabajo: en time.sleep hasta %1 s</translation>
    </message>
    <message>
        <source>%1 reads %2, typed for input()</source>
        <translation>%1 lee %2, escrito para input()</translation>
    </message>
    <message>
        <source>%1 sleeps %2 s in its worker thread; the loop runs on</source>
        <translation>%1 duerme %2 s en su hilo de trabajo; el bucle sigue</translation>
    </message>
    <message>
        <source>loop pass: %1 ready (asyncio.run&apos;s shutdown)</source>
        <translation>pasada del bucle: %1 lista(s) (cierre de asyncio.run)</translation>
    </message>
</context>
<context>
    <name>RunOutcome</name>
    <message>
        <source>no recorded output %1</source>
        <translation>no hay salida registrada %1</translation>
    </message>
    <message>
        <source>no recorded outcome %1</source>
        <translation>no hay resultado registrado %1</translation>
    </message>
    <message>
        <source>%1: not a JSON object (%2)</source>
        <translation>%1: no es un objeto JSON (%2)</translation>
    </message>
</context>
<context>
    <name>RunStateText</name>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n más</numerusform>
            <numerusform>+%n más</numerusform>
        </translation>
    </message>
    <message>
        <source>ready to run</source>
        <translation>lista para ejecutarse</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en ejecución</translation>
    </message>
    <message>
        <source>blocking the loop: nothing else can run</source>
        <translation>bloqueando el bucle: nada más puede ejecutarse</translation>
    </message>
    <message>
        <source>ready: its sleep ended at %1, but the loop is busy</source>
        <translation>lista: su espera terminó en %1, pero el bucle está ocupado</translation>
    </message>
    <message>
        <source>suspended, sleeping until %1</source>
        <translation>suspendida, durmiendo hasta %1</translation>
    </message>
    <message>
        <source>suspended, sleeping</source>
        <translation>suspendida, durmiendo</translation>
    </message>
    <message>
        <source>suspended, awaiting %1</source>
        <translation>suspendida, esperando %1</translation>
    </message>
    <message>
        <source>a combinator</source>
        <translation>un combinador</translation>
    </message>
    <message>
        <source>suspended, yielded to the loop</source>
        <translation>suspendida, cedió el control al bucle</translation>
    </message>
    <message>
        <source>suspended, waiting for the network</source>
        <translation>suspendida, esperando la red</translation>
    </message>
    <message>
        <source>suspended, awaiting a future</source>
        <translation>suspendida, esperando un future</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminadas</translation>
    </message>
    <message>
        <source>done, returned %1</source>
        <translation>terminada, retornó %1</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>falló: %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <source>%1: %2 (line %3)</source>
        <translation>%1: %2 (línea %3)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 raised %2</source>
        <translation>%1 lanzó %2</translation>
    </message>
    <message>
        <source>%1 was cancelled</source>
        <translation>%1 fue cancelada</translation>
    </message>
    <message>
        <source>wait returned: done={%1}, pending={%2}</source>
        <translation>wait retornó: done={%1}, pending={%2}</translation>
    </message>
    <message>
        <source>gather returned [%1]</source>
        <translation>gather retornó [%1]</translation>
    </message>
    <message>
        <source>as_completed handed out %1</source>
        <translation>as_completed entregó %1</translation>
    </message>
    <message>
        <source>%1 returned</source>
        <translation>%1 retornó</translation>
    </message>
    <message>
        <source>%1 — %2, line %3</source>
        <translation>%1 — %2, línea %3</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>waiting, timeout at %1</source>
        <translation>esperando, tiempo límite en %1</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>esperando</translation>
    </message>
    <message>
        <source>returned at %1, when the timeout passed</source>
        <translation>retornó en %1, cuando pasó el tiempo límite</translation>
    </message>
    <message>
        <source>returned at %1</source>
        <translation>retornó en %1</translation>
    </message>
    <message>
        <source>raised %1 at %2</source>
        <translation>lanzó %1 en %2</translation>
    </message>
    <message>
        <source>cancelled at %1</source>
        <translation>cancelada en %1</translation>
    </message>
    <message>
        <source>%1 (failed: %2)</source>
        <translation>%1 (falló: %2)</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pendientes</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>wait is waiting: done={%1}, pending={%2}</source>
        <translation>wait está esperando: done={%1}, pending={%2}</translation>
    </message>
    <message>
        <source>handed out</source>
        <translation>entregadas</translation>
    </message>
    <message>
        <source>still running</source>
        <translation>siguen en marcha</translation>
    </message>
    <message>
        <source>as_completed has handed out nothing yet</source>
        <translation>as_completed todavía no ha entregado nada</translation>
    </message>
    <message>
        <source>as_completed handed out, in order: %1</source>
        <translation>as_completed entregó, en orden: %1</translation>
    </message>
    <message>
        <source>; the timeout passed, so every remaining await raises TimeoutError</source>
        <translation>; el tiempo límite pasó, así que cada await restante lanza TimeoutError</translation>
    </message>
    <message>
        <source>finished after gather raised: result discarded</source>
        <translation>terminó después de que gather lanzara: resultado descartado</translation>
    </message>
    <message>
        <source>still running: result discarded</source>
        <translation>todavía en ejecución: resultado descartado</translation>
    </message>
    <message>
        <source>%1 is waiting for %2</source>
        <translation>%1 espera a %2</translation>
    </message>
    <message>
        <source>%1 at %2; %3: results discarded</source>
        <translation>%1 en %2; %3: resultados descartados</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vacía</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Ready queue: %1</source>
        <translation>Cola de listos: %1</translation>
    </message>
    <message>
        <source>Timers: %1</source>
        <translation>Temporizadores: %1</translation>
    </message>
    <message>
        <source>nothing has happened yet</source>
        <translation>todavía no ha pasado nada</translation>
    </message>
    <message>
        <source>%1, before the first event</source>
        <translation>%1, antes del primer evento</translation>
    </message>
    <message>
        <source>%1, event %2 of %3</source>
        <translation>%1, evento %2 de %3</translation>
    </message>
    <message>
        <source>At %1</source>
        <translation>En %1</translation>
    </message>
    <message>
        <source>Last event: %1</source>
        <translation>Último evento: %1</translation>
    </message>
    <message>
        <source>Tasks:</source>
        <translation>Tareas:</translation>
    </message>
    <message>
        <source>  none yet</source>
        <translation>  ninguno todavía</translation>
    </message>
    <message>
        <source>Event loop: Ready queue: %1 · Timers: %2</source>
        <translation>Bucle de eventos: Cola de listos: %1 · Temporizadores: %2</translation>
    </message>
    <message>
        <source>Output so far:</source>
        <translation>Salida hasta ahora:</translation>
    </message>
    <message>
        <source>  nothing printed yet</source>
        <translation>  todavía no se ha impreso nada</translation>
    </message>
    <message numerus="yes">
        <source>… %n more</source>
        <translation>
            <numerusform>… %n más</numerusform>
            <numerusform>… %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has every result; the awaiting task resumes on a later loop pass</source>
        <translation>%1 tiene todos los resultados; la tarea que espera continúa en una pasada posterior del bucle</translation>
    </message>
    <message>
        <source>timed out at %1: the next await raised TimeoutError</source>
        <translation>tiempo agotado a %1: el siguiente await lanzó TimeoutError</translation>
    </message>
    <message>
        <source>handed out its last result at %1</source>
        <translation>entregó su último resultado a %1</translation>
    </message>
    <message>
        <source>cancelled before gather raised</source>
        <translation>cancelada antes de que gather lanzara la excepción</translation>
    </message>
    <message>
        <source>cancelled after gather raised</source>
        <translation>cancelada después de que gather lanzara la excepción</translation>
    </message>
    <message>
        <source>failed before gather raised: %1 reaches nobody</source>
        <translation>falló antes de que gather lanzara la excepción: %1 no llega a nadie</translation>
    </message>
    <message>
        <source>failed after gather raised: %1 reaches nobody</source>
        <translation>falló después de que gather lanzara la excepción: %1 no llega a nadie</translation>
    </message>
    <message>
        <source>done before gather raised: %1 is discarded</source>
        <translation>terminada antes de que gather lanzara la excepción: %1 se descarta</translation>
    </message>
    <message>
        <source>suspended, awaiting %1()</source>
        <translation>suspendida, esperando %1()</translation>
    </message>
    <message>
        <source>%1 · %2: same moment, armed after more wake-ups; CPython fires these at its next wake-up</source>
        <translation>%1 · %2: mismo momento, programados tras más despertares; CPython los dispara en su siguiente despertar</translation>
    </message>
    <message>
        <source>the timer of %1</source>
        <translation>el temporizador de %1</translation>
    </message>
    <message>
        <source>a timer</source>
        <translation>un temporizador</translation>
    </message>
    <message numerus="yes">
        <source>+%n more timers</source>
        <translation>
            <numerusform>+%n temporizador más</numerusform>
            <numerusform>+%n temporizadores más</numerusform>
        </translation>
    </message>
    <message>
        <source>in time.sleep in its worker thread until %1; the loop runs on</source>
        <translation>en time.sleep en su hilo de trabajo hasta %1; el bucle sigue funcionando</translation>
    </message>
    <message>
        <source>running in its worker thread, beside the loop</source>
        <translation>ejecutándose en su hilo de trabajo, junto al bucle</translation>
    </message>
    <message>
        <source>waiting for a free worker thread</source>
        <translation>esperando un hilo de trabajo libre</translation>
    </message>
</context>
<context>
    <name>RunnerClient</name>
    <message>
        <source>The program could not be started: %1 (%2). Reinstall Awaitscope; the runner belongs beside the awaitscope program.</source>
        <translation>No se pudo iniciar el programa: %1 (%2). Reinstale Awaitscope; el ejecutor debe estar junto al programa awaitscope.</translation>
    </message>
    <message>
        <source>The program did not stop within %1 seconds (a blocking call?), so the process that ran it was ended; its tasks were not cancelled.</source>
        <translation>El programa no se detuvo en %1 segundos (¿una llamada bloqueante?), así que se terminó el proceso que lo ejecutaba; sus tareas no se cancelaron.</translation>
    </message>
    <message>
        <source>The process that ran the program ended unexpectedly (%1). This is a fault in Awaitscope, not in your program; the picture shows what ran until then.</source>
        <translation>El proceso que ejecutaba el programa terminó inesperadamente (%1). Es un fallo de Awaitscope, no de su programa; la imagen muestra lo que se ejecutó hasta entonces.</translation>
    </message>
    <message>
        <source>The process that ran the program ended without reporting the ending (exit status %1). This is a fault in Awaitscope, not in your program; the picture shows what ran until then.</source>
        <translation>El proceso que ejecutaba el programa terminó sin informar del final (estado de salida %1). Es un fallo de Awaitscope, no de su programa; la imagen muestra lo que se ejecutó hasta entonces.</translation>
    </message>
</context>
<context>
    <name>ServeCommand</name>
    <message>
        <source>awaitscope serve: --port must be a number from 0 to 65535, got &apos;%1&apos;.</source>
        <translation>awaitscope serve: --port debe ser un número de 0 a 65535, no &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>awaitscope serve: %1
Choose another port with --port, or 0 for any free port.</source>
        <translation>awaitscope serve: %1
Elige otro puerto con --port, o 0 para cualquier puerto libre.</translation>
    </message>
    <message>
        <source>Demo server listening on %1 (Ctrl+C stops it)</source>
        <translation>Servidor de demostración escuchando en %1 (Ctrl+C lo detiene)</translation>
    </message>
</context>
<context>
    <name>TaskStatus</name>
    <message>
        <source>not created</source>
        <translation>sin crear</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>lista</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en ejecución</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>suspendida</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminada</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallida</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <source>blocking the loop</source>
        <translation>bloqueando el bucle</translation>
    </message>
    <message>
        <source>in a worker thread</source>
        <translation>en un hilo de trabajo</translation>
    </message>
</context>
<context>
    <name>TimelinePainter</name>
    <message>
        <source>timeout %1</source>
        <translation>tiempo límite %1</translation>
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
        <translation>bloqueada</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>línea %1</translation>
    </message>
    <message>
        <source>tasks: %1</source>
        <translation>tareas: %1</translation>
    </message>
    <message>
        <source>wake-up</source>
        <translation>despertar</translation>
    </message>
    <message>
        <source>cancel</source>
        <translation>cancelación</translation>
    </message>
    <message>
        <source>timeout</source>
        <translation>tiempo límite</translation>
    </message>
    <message numerus="yes">
        <source>+%n more not shown (%1 tasks in all)</source>
        <translation>
            <numerusform>+%n más sin mostrar (%1 tareas en total)</numerusform>
            <numerusform>+%n más sin mostrar (%1 tareas en total)</numerusform>
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
            <numerusform>%n viva</numerusform>
            <numerusform>%n vivas</numerusform>
        </translation>
    </message>
    <message>
        <source>tasks alive / ready</source>
        <translation>vivas / listas</translation>
    </message>
    <message>
        <source>same moment, left for the next wake-up</source>
        <translation>mismo momento, queda para el siguiente despertar</translation>
    </message>
    <message>
        <source>tasks: %1 · jobs: %2</source>
        <translation>tareas: %1 · trabajos: %2</translation>
    </message>
</context>
<context>
    <name>TraceStory</name>
    <message>
        <source>(nothing)</source>
        <translation>(nada)</translation>
    </message>
    <message>
        <source>tasks</source>
        <translation>tareas</translation>
    </message>
    <message>
        <source>task %1</source>
        <translation>tarea %1</translation>
    </message>
    <message>
        <source>combinators</source>
        <translation>combinadores</translation>
    </message>
    <message>
        <source>output</source>
        <translation>salida</translation>
    </message>
    <message>
        <source>end</source>
        <translation>final</translation>
    </message>
    <message>
        <source>same scheduling story</source>
        <translation>la misma historia de planificación</translation>
    </message>
    <message>
        <source>first difference at t=%1, %2:
  expected: %3
  found:    %4</source>
        <translation>primera diferencia en t=%1, %2:
  esperado:   %3
  encontrado: %4</translation>
    </message>
</context>
<context>
    <name>VideoEncoder</name>
    <message>
        <source>The video encoder %1 refused a frame: %2</source>
        <translation>El codificador de vídeo %1 rechazó un fotograma: %2</translation>
    </message>
    <message>
        <source>The video encoder %1 failed: %2</source>
        <translation>El codificador de vídeo %1 falló: %2</translation>
    </message>
    <message>
        <source>Cannot write the video: %1</source>
        <translation>No se puede escribir el vídeo: %1</translation>
    </message>
    <message>
        <source>A video needs an even width and height, not %1×%2.</source>
        <translation>Un vídeo necesita un ancho y un alto pares, no %1×%2.</translation>
    </message>
    <message>
        <source>This FFmpeg cannot write MP4 files: %1</source>
        <translation>Este FFmpeg no puede escribir archivos MP4: %1</translation>
    </message>
    <message>
        <source>%1 (not in this FFmpeg)</source>
        <translation>%1 (no está en este FFmpeg)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No video encoder could be opened (tried %1). Install FFmpeg&apos;s libavcodec with libx264 (Debian: libavcodec59), or export a .gif instead.</source>
        <translation>No se pudo abrir ningún codificador de vídeo (probados: %1). Instala libavcodec de FFmpeg con libx264 (Debian: libavcodec59) o exporta un .gif en su lugar.</translation>
    </message>
    <message>
        <source>Cannot set up the video stream.</source>
        <translation>No se puede preparar el flujo de vídeo.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Out of memory for a video frame.</source>
        <translation>No queda memoria para un fotograma de vídeo.</translation>
    </message>
    <message>
        <source>Cannot convert the frames to the video&apos;s colours (libswscale).</source>
        <translation>No se pueden convertir los fotogramas a los colores del vídeo (libswscale).</translation>
    </message>
    <message>
        <source>The video is not open.</source>
        <translation>El vídeo no está abierto.</translation>
    </message>
    <message>
        <source>The video encoder failed: %1</source>
        <translation>El codificador de vídeo falló: %1</translation>
    </message>
    <message>
        <source>Cannot finish the video: %1</source>
        <translation>No se puede terminar el vídeo: %1</translation>
    </message>
</context>
<context>
    <name>awaitscope</name>
    <message>
        <source>(nothing yet)</source>
        <translation>(nada todavía)</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: no existe el archivo</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file</source>
        <translation>%1 es una carpeta, no un archivo</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a device, a pipe or a socket); give a normal file</source>
        <translation>%1 no es un archivo normal (un dispositivo, una tubería o un socket); indica un archivo normal</translation>
    </message>
    <message>
        <source>%1 is too large (%2; at most %3 are read)</source>
        <translation>%1 es demasiado grande (%2; se leen como máximo %3)</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: no se puede leer: %2</translation>
    </message>
    <message>
        <source>%1 is too large (at most %2 are read)</source>
        <translation>%1 es demasiado grande (se leen como máximo %2)</translation>
    </message>
    <message>
        <source>%1 is not a regular file; choose another name</source>
        <translation>%1 no es un archivo normal; elige otro nombre</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Choose a folder you can write to.</source>
        <translation>No se puede escribir %1: %2. Elige una carpeta en la que puedas escribir.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>the disk is full or the file is too large</source>
        <translation>el disco está lleno o el archivo es demasiado grande</translation>
    </message>
    <message>
        <source>Unexpected argument %1: the command takes none.</source>
        <translation>Argumento inesperado %1: la orden no admite ninguno.</translation>
    </message>
    <message>
        <source>Unexpected argument %1: the command takes one %2.</source>
        <translation>Argumento inesperado %1: la orden admite un %2.</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Opción desconocida: %1.</translation>
    </message>
    <message>
        <source>%1 takes no value.</source>
        <translation>%1 no admite valor.</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 necesita un valor.</translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation>Falta %1.</translation>
    </message>
    <message>
        <source>awaitscope: --lang %1 is not a language here; use %2.</source>
        <translation>awaitscope: --lang %1 no es un idioma disponible; usa %2.</translation>
    </message>
    <message>
        <source>awaitscope: %1 does not exist.</source>
        <translation>awaitscope: %1 no existe.</translation>
    </message>
    <message>
        <source>awaitscope: unknown command &apos;%1&apos; (try --help)</source>
        <translation>awaitscope: orden desconocida &apos;%1&apos; (prueba --help)</translation>
    </message>
    <message>
        <source>awaitscope: %1 is neither a Python program (.py) nor an Awaitscope trace (%2).</source>
        <translation>awaitscope: %1 no es ni un programa de Python (.py) ni una traza de Awaitscope (%2).</translation>
    </message>
    <message>
        <source>awaitscope: no display found (DISPLAY and WAYLAND_DISPLAY are unset).
Run it under a virtual display instead:  xvfb-run -a awaitscope
</source>
        <translation>awaitscope: no se encontró pantalla (DISPLAY y WAYLAND_DISPLAY no están definidas).
Ejecútalo en una pantalla virtual:  xvfb-run -a awaitscope
</translation>
    </message>
    <message>
        <source>There is no lesson %1 (awaitscope lessons lists them).</source>
        <translation>No hay ninguna lección %1 (awaitscope lessons las lista).</translation>
    </message>
    <message>
        <source>awaitscope run: --clock must be &apos;virtual&apos; or &apos;real&apos;, not &apos;%1&apos;</source>
        <translation>awaitscope run: --clock debe ser &apos;virtual&apos; o &apos;real&apos;, no &apos;%1&apos;</translation>
    </message>
    <message>
        <source>awaitscope run: --net must be &apos;sim&apos; or &apos;real&apos;, not &apos;%1&apos;</source>
        <translation>awaitscope run: --net debe ser &apos;sim&apos; o &apos;real&apos;, no &apos;%1&apos;</translation>
    </message>
    <message>
        <source>awaitscope run: --net real needs --clock real (the virtual clock cannot wait for sockets)</source>
        <translation>awaitscope run: --net real necesita --clock real (el reloj virtual no puede esperar a los sockets)</translation>
    </message>
    <message>
        <source>Built-in lessons: %1</source>
        <translation>Lecciones incluidas: %1</translation>
    </message>
    <message>
        <source>Your lessons: %1</source>
        <translation>Tus lecciones: %1</translation>
    </message>
    <message>
        <source>Translations: %1</source>
        <translation>Traducciones: %1</translation>
    </message>
    <message>
        <source>awaitscope lessons: the built-in lessons are missing: %1 is not a folder (reinstall, or set AWAITSCOPE_DATA_DIR).</source>
        <translation>awaitscope lessons: faltan las lecciones incluidas: %1 no es una carpeta (reinstala o define AWAITSCOPE_DATA_DIR).</translation>
    </message>
    <message>
        <source>Try &quot;awaitscope export --help&quot;.</source>
        <translation>Prueba «awaitscope export --help».</translation>
    </message>
    <message>
        <source>Try &quot;%1 --help&quot;.</source>
        <translation>Prueba «%1 --help».</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>Uso:</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Órdenes:</translation>
    </message>
    <message>
        <source>Each command tells more with --help, e.g. &quot;%1 run --help&quot;.</source>
        <translation>Cada orden explica más con --help, p. ej. «%1 run --help».</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opciones:</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Argumentos:</translation>
    </message>
    <message>
        <source>+1 earlier line</source>
        <translation>+1 línea anterior</translation>
    </message>
    <message>
        <source>+%1 earlier lines</source>
        <translation>+%1 líneas anteriores</translation>
    </message>
    <message>
        <source>+1 more line</source>
        <translation>+1 línea más</translation>
    </message>
    <message>
        <source>+%1 more lines</source>
        <translation>+%1 líneas más</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Se canceló la exportación.</translation>
    </message>
    <message>
        <source>--out TRACE.json is required: where to write the trace.</source>
        <translation>--out TRACE.json es obligatorio: dónde escribir la traza.</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds from 1 to 86400, not &apos;%1&apos;</source>
        <translation>--timeout necesita un número de segundos de 1 a 86400, no &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--out %1 is the program itself; name another file.</source>
        <translation>--out %1 es el propio programa; indica otro archivo.</translation>
    </message>
    <message>
        <source>--python %1 is not an executable program. Name a Python 3.11 or newer.</source>
        <translation>--python %1 no es un programa ejecutable. Indica un Python 3.11 o posterior.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 no es un archivo.</translation>
    </message>
    <message>
        <source>the recorder module is missing: %1 is not a file (reinstall, or set AWAITSCOPE_DATA_DIR to the folder that holds recorder/).</source>
        <translation>falta el módulo grabador: %1 no es un archivo (reinstala, o apunta AWAITSCOPE_DATA_DIR a la carpeta que contiene recorder/).</translation>
    </message>
    <message>
        <source>could not make a temporary folder: %1</source>
        <translation>no se pudo crear una carpeta temporal: %1</translation>
    </message>
    <message>
        <source>could not start %1: %2</source>
        <translation>no se pudo iniciar %1: %2</translation>
    </message>
    <message>
        <source>%1 was still running after %2 s and was stopped (--timeout gives it longer). A program that never ends (a server, an endless loop) cannot be recorded yet.</source>
        <translation>%1 seguía ejecutándose tras %2 s y se detuvo (--timeout le da más tiempo). Un programa que nunca termina (un servidor, un bucle sin fin) aún no se puede grabar.</translation>
    </message>
    <message>
        <source>the recorder crashed while running %1 under %2.</source>
        <translation>el grabador se bloqueó al ejecutar %1 bajo %2.</translation>
    </message>
    <message>
        <source>%1 is too old for the recorder; it needs Python 3.11 or newer.</source>
        <translation>%1 es demasiado antiguo para el grabador; necesita Python 3.11 o posterior.</translation>
    </message>
    <message>
        <source>the recorder wrote no trace (exit status %1): %2</source>
        <translation>el grabador no escribió ninguna traza (código de salida %1): %2</translation>
    </message>
    <message>
        <source>the recorder wrote a trace this build cannot read: %1</source>
        <translation>el grabador escribió una traza que esta versión no puede leer: %1</translation>
    </message>
    <message>
        <source>the recording of %1 was stopped.</source>
        <translation>se detuvo la grabación de %1.</translation>
    </message>
    <message>
        <source>%1 did not end within %2 s of being interrupted (Ctrl+C) and was ended; CPython wrote no record of it.</source>
        <translation>%1 no terminó en los %2 s siguientes a la interrupción (Ctrl+C) y se finalizó; CPython no dejó registro de la ejecución.</translation>
    </message>
    <message>
        <source>Could not record: no temporary folder to write the program to (%1).</source>
        <translation>No se pudo grabar: no hay una carpeta temporal donde escribir el programa (%1).</translation>
    </message>
    <message>
        <source>Could not record under CPython: %1</source>
        <translation>No se pudo grabar con CPython: %1</translation>
    </message>
    <message>
        <source>Stopped: CPython was interrupted (Ctrl+C) and its tasks were cancelled</source>
        <translation>Detenido: CPython fue interrumpido (Ctrl+C) y sus tareas se cancelaron</translation>
    </message>
    <message>
        <source>Install Python 3.11 or newer, or name one with --python PATH.</source>
        <translation>Instala Python 3.11 o posterior, o indica uno con --python PATH.</translation>
    </message>
    <message>
        <source>no python3 found on PATH. %1</source>
        <translation>no se encontró python3 en el PATH. %1</translation>
    </message>
    <message>
        <source>%1 did not answer as a Python interpreter (%2). %3</source>
        <translation>%1 no respondió como un intérprete de Python (%2). %3</translation>
    </message>
    <message>
        <source>%1 is Python %2; recording needs Python 3.11 or newer. %3</source>
        <translation>%1 es Python %2; la grabación necesita Python 3.11 o posterior. %3</translation>
    </message>
    <message>
        <source>Install Python 3.11 or newer as python3 on PATH, or choose Run ▸ Engine ▸ Awaitscope&apos;s Interpreter.</source>
        <translation>Instala Python 3.11 o posterior como python3 en el PATH, o elige Ejecutar ▸ Motor ▸ Intérprete de Awaitscope.</translation>
    </message>
    <message>
        <source>%1 was still running after %2 s and was stopped. A program that never ends (a server, an endless loop) cannot be recorded yet.</source>
        <translation>%1 seguía ejecutándose tras %2 s y se detuvo. Un programa que nunca termina (un servidor, un bucle sin fin) aún no se puede grabar.</translation>
    </message>
    <message>
        <source>Unexpected argument %1: the command takes one %2; what the program is given goes after --.</source>
        <translation>Argumento inesperado %1: la orden admite un %2; lo que recibe el programa va después de --.</translation>
    </message>
</context>
<context>
    <name>awaitscope::CodePane</name>
    <message>
        <source>Python (edited)</source>
        <translation>Python (editado)</translation>
    </message>
    <message>
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <source>This is your edited program. Reset code brings back the lesson&apos;s own.</source>
        <translation>Este es su programa editado. «Restablecer código» recupera el de la lección.</translation>
    </message>
    <message>
        <source>Your edited program has no `# param` lines, so the parameters cannot change it. Reset code to use them.</source>
        <translation>Su programa editado no tiene líneas `# param`, así que los parámetros no pueden cambiarlo. Restablezca el código para usarlos.</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Program:</source>
        <translation>Programa:</translation>
    </message>
    <message>
        <source>Python program</source>
        <translation>Programa de Python</translation>
    </message>
    <message>
        <source>C++ and QCoro version</source>
        <translation>Versión en C++ con QCoro</translation>
    </message>
    <message>
        <source>C++ (QCoro)</source>
        <translation>C++ (QCoro)</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ejecutar</translation>
    </message>
    <message>
        <source>Re&amp;set code</source>
        <translation>&amp;Restablecer código</translation>
    </message>
    <message>
        <source>Forget your edits and go back to the lesson&apos;s program</source>
        <translation>Descartar tus cambios y volver al programa de la lección</translation>
    </message>
    <message>
        <source>Real c&amp;lock</source>
        <translation>Re&amp;loj real</translation>
    </message>
    <message>
        <source>Run on the real clock</source>
        <translation>Ejecutar con el reloj real</translation>
    </message>
    <message>
        <source>Run the next program on the real clock (real waiting, the real network): the timeline grows as it runs. Unticked, runs use the instant virtual clock.</source>
        <translation>Ejecutar el siguiente programa con el reloj real (esperas reales, la red real): la línea de tiempo crece mientras se ejecuta. Sin marcar, las ejecuciones usan el reloj virtual, que es instantáneo.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Stop the program</source>
        <translation>Detener el programa</translation>
    </message>
    <message>
        <source>Stop the running program: every task is cancelled (Shift+F5)</source>
        <translation>Detener el programa en ejecución: se cancelan todas las tareas (Mayús+F5)</translation>
    </message>
    <message>
        <source>&amp;Run in CPython</source>
        <translation>&amp;Ejecutar en CPython</translation>
    </message>
    <message>
        <source>Run the program under your own CPython 3.11+ and draw what it did (Ctrl+Return; Run ▸ Engine chooses)</source>
        <translation>Ejecutar el programa con tu propio CPython 3.11+ y dibujar lo que hizo (Ctrl+Intro; Ejecutar ▸ Motor elige)</translation>
    </message>
    <message>
        <source>Run the program: on the virtual clock, or the real one when Real clock is ticked (Ctrl+Return)</source>
        <translation>Ejecutar el programa: con el reloj virtual, o con el real si Reloj real está marcado (Ctrl+Intro)</translation>
    </message>
</context>
<context>
    <name>awaitscope::CombinatorPanel</name>
    <message>
        <source>Combinators</source>
        <translation>Combinadores</translation>
    </message>
    <message>
        <source>gather, wait and as_completed show what they hold here.</source>
        <translation>gather, wait y as_completed muestran aquí lo que contienen.</translation>
    </message>
</context>
<context>
    <name>awaitscope::CompareAddOn</name>
    <message>
        <source>&amp;Pitfall and fix</source>
        <translation>&amp;Trampa y solución</translation>
    </message>
    <message>
        <source>The lesson&apos;s program and &amp;my edit</source>
        <translation>El programa de la lección y &amp;mi versión</translation>
    </message>
    <message>
        <source>&amp;Default parameters and mine</source>
        <translation>&amp;Parámetros por defecto y los míos</translation>
    </message>
    <message>
        <source>A comparison is still running; it shows when both programs have ended.</source>
        <translation>Todavía se está ejecutando una comparación; aparecerá cuando ambos programas hayan terminado.</translation>
    </message>
    <message>
        <source>Comparing: running both programs…</source>
        <translation>Comparando: ejecutando ambos programas…</translation>
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
        <translation>%1 frente a %2: el mismo tiempo</translation>
    </message>
    <message>
        <source>%1 vs %2: no waiting at all</source>
        <translation>%1 frente a %2: ninguna espera</translation>
    </message>
    <message>
        <source>%1 vs %2: took longer</source>
        <translation>%1 frente a %2: tardó más</translation>
    </message>
    <message>
        <source>%1 vs %2: %3× faster</source>
        <translation>%1 frente a %2: %3× más rápido</translation>
    </message>
    <message>
        <source>%1 vs %2: %3× slower</source>
        <translation>%1 frente a %2: %3× más lento</translation>
    </message>
    <message>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <translation>%1 frente a %2</translation>
    </message>
    <message>
        <source>%1 raised</source>
        <translation>%1 lanzó una excepción</translation>
    </message>
    <message>
        <source>%1 returned</source>
        <translation>%1 retornó</translation>
    </message>
    <message>
        <source>control back after %1 vs %2 (%3, %4)</source>
        <translation>el control vuelve tras %1 frente a %2 (%3, %4)</translation>
    </message>
</context>
<context>
    <name>awaitscope::CompareWindow</name>
    <message>
        <source>Compare two runs</source>
        <translation>Comparar dos ejecuciones</translation>
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
        <translation>Salida del programa</translation>
    </message>
    <message>
        <source>Output printed by the program appears here as the cursor passes it.</source>
        <translation>Lo que imprime el programa aparece aquí a medida que pasa el cursor.</translation>
    </message>
</context>
<context>
    <name>awaitscope::DemoServer</name>
    <message>
        <source>cannot listen on 127.0.0.1:%1: %2</source>
        <translation>no se puede escuchar en 127.0.0.1:%1: %2</translation>
    </message>
</context>
<context>
    <name>awaitscope::ExplanationView</name>
    <message>
        <source>Explanation</source>
        <translation>Explicación</translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose a lesson to begin.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Elige una lección para empezar.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Welcome to Awaitscope</source>
        <translation>Bienvenido a Awaitscope</translation>
    </message>
    <message>
        <source>Each lesson runs a small asyncio program and draws what the event loop did: one lane per task, when it ran, what it waited for, and who woke it.</source>
        <translation>Cada lección ejecuta un pequeño programa asyncio y dibuja lo que hizo el bucle de eventos: una franja por tarea, cuándo se ejecutó, qué esperaba y quién la despertó.</translation>
    </message>
    <message>
        <source>Press Space to play the run, drag the red cursor, change a parameter or the code, and read along here. The lessons go from the first pitfall to the network.</source>
        <translation>Pulse Espacio para reproducir la ejecución, arrastre el cursor rojo, cambie un parámetro o el código y siga la lectura aquí. Las lecciones van de la primera trampa hasta la red.</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>Entendido</translation>
    </message>
    <message>
        <source>The timeline shows your edited program. The text below describes the lesson&apos;s own program; where they differ, trust the timeline. Reset code brings the lesson&apos;s program back.</source>
        <translation>La línea de tiempo muestra su programa editado. El texto de abajo describe el programa de la lección; donde difieran, fíese de la línea de tiempo. «Restablecer código» recupera el programa de la lección.</translation>
    </message>
    <message>
        <source>Take away</source>
        <translation>Para recordar</translation>
    </message>
</context>
<context>
    <name>awaitscope::ExportAddOn</name>
    <message>
        <source>&amp;Export picture…</source>
        <translation>&amp;Exportar imagen…</translation>
    </message>
    <message>
        <source>&amp;Copy picture</source>
        <translation>&amp;Copiar imagen</translation>
    </message>
    <message>
        <source>The picture is on the clipboard (%1 × %2).</source>
        <translation>La imagen está en el portapapeles (%1 × %2).</translation>
    </message>
    <message>
        <source>The picture could not be copied: %1</source>
        <translation>No se pudo copiar la imagen: %1</translation>
    </message>
</context>
<context>
    <name>awaitscope::ExportDialog</name>
    <message>
        <source>Export picture</source>
        <translation>Exportar imagen</translation>
    </message>
    <message>
        <source>Current view (timeline, panels and output)</source>
        <translation>Vista actual (línea de tiempo, paneles y salida)</translation>
    </message>
    <message>
        <source>Timeline only</source>
        <translation>Solo la línea de tiempo</translation>
    </message>
    <message>
        <source>Compare view (the last comparison)</source>
        <translation>Vista de comparación (la última comparación)</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>Imagen PNG</translation>
    </message>
    <message>
        <source>SVG drawing (text stays text)</source>
        <translation>Dibujo SVG (el texto sigue siendo texto)</translation>
    </message>
    <message>
        <source>PDF document (vector)</source>
        <translation>Documento PDF (vectorial)</translation>
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
        <translation>Personalizado</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Projector (high contrast)</source>
        <translation>Proyector (alto contraste)</translation>
    </message>
    <message>
        <source>Caption with the lesson&apos;s title and the moment&apos;s time</source>
        <translation>Leyenda con el título de la lección y el instante mostrado</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Qué:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>Ta&amp;maño:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>Elige el archivo al que exportar.</translation>
    </message>
    <message>
        <source>There is no comparison yet: open one from the Compare menu first.</source>
        <translation>Todavía no hay ninguna comparación: abre una primero desde el menú Comparar.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Se guardó %1.</translation>
    </message>
    <message>
        <source>GIF animation (the whole run, looping)</source>
        <translation>Animación GIF (toda la ejecución, en bucle)</translation>
    </message>
    <message>
        <source>MP4 video (H.264, the whole run)</source>
        <translation>Vídeo MP4 (H.264, toda la ejecución)</translation>
    </message>
    <message>
        <source> frames/s</source>
        <translation> fps</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>Seconds of the run per second of the animation: 2 plays it twice as fast.</source>
        <translation>Segundos de la ejecución por segundo de animación: 2 la reproduce el doble de rápido.</translation>
    </message>
    <message>
        <source>Frame &amp;rate:</source>
        <translation>F&amp;otogramas/s:</translation>
    </message>
    <message>
        <source>S&amp;peed:</source>
        <translation>&amp;Velocidad:</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf);;GIF animation (*.gif);;MP4 video (*.mp4)</source>
        <translation>Imagen PNG (*.png);;Dibujo SVG (*.svg);;Documento PDF (*.pdf);;Animación GIF (*.gif);;Vídeo MP4 (*.mp4)</translation>
    </message>
    <message>
        <source>Drawing the frames…</source>
        <translation>Dibujando los fotogramas…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Saved %1: %2 frames, %3 s.</source>
        <translation>Se guardó %1: %2 fotogramas, %3 s.</translation>
    </message>
    <message>
        <source>(the picture in words: no preview)</source>
        <translation>(la imagen en palabras: sin vista previa)</translation>
    </message>
</context>
<context>
    <name>awaitscope::FutureVeil</name>
    <message>
        <source>?  What happens next?</source>
        <translation>?  ¿Qué pasa a continuación?</translation>
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
        <translation>Escriba una línea aquí</translation>
    </message>
    <message>
        <source>Input for the program</source>
        <translation>Entrada para el programa</translation>
    </message>
    <message>
        <source>End of input</source>
        <translation>Fin de la entrada</translation>
    </message>
    <message>
        <source>No more input (Ctrl+D): input() raises EOFError</source>
        <translation>No hay más entrada (Ctrl+D): input() lanza EOFError</translation>
    </message>
</context>
<context>
    <name>awaitscope::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
</context>
<context>
    <name>awaitscope::LessonSession</name>
    <message>
        <source>Progress could not be saved: %1</source>
        <translation>No se pudo guardar el progreso: %1</translation>
    </message>
    <message>
        <source>%1 holds no lesson.</source>
        <translation>%1 no contiene ninguna lección.</translation>
    </message>
    <message>
        <source>%1 (edited program)</source>
        <translation>%1 (programa editado)</translation>
    </message>
    <message>
        <source>Settings cannot be saved to %1 (%2). Your edited code is still in the editor: copy it somewhere safe before closing, and check that the folder can be written.</source>
        <translation>No se puede guardar la configuración en %1 (%2). Tu código editado sigue en el editor: cópialo en un lugar seguro antes de cerrar y comprueba que se puede escribir en la carpeta.</translation>
    </message>
    <message>
        <source>no permission or disk full</source>
        <translation>sin permiso o disco lleno</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation>el archivo está dañado</translation>
    </message>
    <message>
        <source>The lesson folder %1 is no longer there (removed or unplugged?). Your edited code is kept; put the folder back or choose another lesson.</source>
        <translation>La carpeta de la lección %1 ya no está (¿se borró o se desconectó?). Tu código editado se conserva; vuelve a poner la carpeta en su sitio o elige otra lección.</translation>
    </message>
</context>
<context>
    <name>awaitscope::LoopPanel</name>
    <message>
        <source>Event loop</source>
        <translation>Bucle de eventos</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Qué pasa</translation>
    </message>
    <message>
        <source>Ready queue</source>
        <translation>Cola de listas</translation>
    </message>
    <message>
        <source>Timers</source>
        <translation>Temporizadores</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Tiempo:</translation>
    </message>
    <message>
        <source>Now:</source>
        <translation>Ahora:</translation>
    </message>
    <message>
        <source>Ready queue:</source>
        <translation>Listas:</translation>
    </message>
    <message>
        <source>Timers:</source>
        <translation>Temporizadores:</translation>
    </message>
    <message>
        <source>no run yet</source>
        <translation>aún no hay ejecución</translation>
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
        <translation>No se pudo leer el progreso (%1); se empieza de cero.</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lecciones</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ejecutar</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Run program</source>
        <translation>&amp;Ejecutar programa</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About Awaitscope</source>
        <translation>&amp;Acerca de Awaitscope</translation>
    </message>
    <message>
        <source>About Awaitscope</source>
        <translation>Acerca de Awaitscope</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Awaitscope %1&lt;/h3&gt;&lt;p&gt;Watch what asyncio really does: tasks, awaits, cancellation and the event loop, drawn on a timeline you can play, step back and scrub.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Awaitscope %1&lt;/h3&gt;&lt;p&gt;Observa lo que asyncio hace de verdad: tareas, awaits, cancelaciones y el bucle de eventos, dibujados en una línea de tiempo que puedes reproducir, retroceder paso a paso y recorrer.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Some lessons could not be loaded: %1</source>
        <translation>Algunas lecciones no se pudieron cargar: %1</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>&amp;Playback</source>
        <translation>Re&amp;producción</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>E&amp;ditar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Comparar</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;Engine</source>
        <translation>&amp;Motor</translation>
    </message>
    <message>
        <source>%1 (recorded under %2)</source>
        <translation>%1 (grabado con %2)</translation>
    </message>
</context>
<context>
    <name>awaitscope::PlayerWidget</name>
    <message>
        <source>Player</source>
        <translation>Reproductor</translation>
    </message>
    <message>
        <source>Combinators</source>
        <translation>Combinadores</translation>
    </message>
    <message>
        <source>Event loop</source>
        <translation>Bucle de eventos</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>This run drew nothing: %1</source>
        <translation>Esta ejecución no dibujó nada: %1</translation>
    </message>
    <message>
        <source>This run drew nothing: %1. The picture below is from the last run that drew one.</source>
        <translation>Esta ejecución no dibujó nada: %1. La imagen de abajo es de la última ejecución que dibujó una.</translation>
    </message>
</context>
<context>
    <name>awaitscope::PredictAddOn</name>
    <message>
        <source>This run was stopped before its end, so it cannot answer the questions. Run the program to its end to predict.</source>
        <translation>Esta ejecución se detuvo antes de terminar, así que no puede responder a las preguntas. Ejecute el programa hasta el final para predecir.</translation>
    </message>
    <message>
        <source>This run is of your edited program; the questions are about the lesson&apos;s own program. Reset the code to predict (Compare shows the two side by side).</source>
        <translation>Esta ejecución es de su programa editado; las preguntas tratan del programa de la lección. Restablezca el código para predecir (Comparar muestra ambos lado a lado).</translation>
    </message>
    <message>
        <source>Predict, then reveal</source>
        <translation>Predecir y comprobar</translation>
    </message>
</context>
<context>
    <name>awaitscope::PredictPanel</name>
    <message>
        <source>&amp;Predict, then reveal</source>
        <translation>Predecir y compro&amp;bar</translation>
    </message>
    <message>
        <source>Predict, then reveal</source>
        <translation>Predecir y comprobar</translation>
    </message>
    <message>
        <source>Stop before each of the lesson&apos;s questions and answer it before the run shows it</source>
        <translation>Detenerse antes de cada pregunta de la lección y responderla antes de que la ejecución muestre la respuesta</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Tu respuesta</translation>
    </message>
    <message>
        <source>&amp;Reveal</source>
        <translation>Co&amp;mprobar</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>C&amp;ontinuar</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Pregunta %1 de %2</translation>
    </message>
    <message>
        <source>Tick every task that belongs (none is an answer too):</source>
        <translation>Marca cada tarea que corresponda (no marcar ninguna también es una respuesta):</translation>
    </message>
    <message>
        <source>Choose an answer first.</source>
        <translation>Elige primero una respuesta.</translation>
    </message>
    <message>
        <source>%1 (none of the options: your changes led elsewhere)</source>
        <translation>%1 (ninguna de las opciones: tus cambios llevaron a otro resultado)</translation>
    </message>
    <message>
        <source>✔ Right!</source>
        <translation>✔ ¡Correcto!</translation>
    </message>
    <message>
        <source>✘ Not quite.</source>
        <translation>✘ No del todo.</translation>
    </message>
    <message>
        <source>The run says: %1.</source>
        <translation>La ejecución dice: %1.</translation>
    </message>
    <message>
        <source>The run says: %1. You said: %2.</source>
        <translation>La ejecución dice: %1. Tú dijiste: %2.</translation>
    </message>
    <message>
        <source>The cursor now shows the moment in the timeline.</source>
        <translation>El cursor muestra ahora el momento en la línea de tiempo.</translation>
    </message>
    <message>
        <source>Your answer could not be saved: %1</source>
        <translation>No se pudo guardar tu respuesta: %1</translation>
    </message>
    <message>
        <source>Turn on Predict to answer each of the lesson&apos;s questions before the run shows the answer.</source>
        <translation>Activa Predecir para responder cada pregunta de la lección antes de que la ejecución muestre la respuesta.</translation>
    </message>
    <message>
        <source>This program has no questions. Choose another program of the lesson.</source>
        <translation>Este programa no tiene preguntas. Elige otro programa de la lección.</translation>
    </message>
    <message>
        <source>All questions of this program are answered. Play on, or run it again.</source>
        <translation>Ya respondiste todas las preguntas de este programa. Sigue reproduciendo o vuelve a ejecutarlo.</translation>
    </message>
    <message>
        <source>Play the run: it stops before each question.</source>
        <translation>Reproduce la ejecución: se detiene antes de cada pregunta.</translation>
    </message>
    <message>
        <source>This lesson: %1 of %2 questions answered right</source>
        <translation>Esta lección: %1 de %2 preguntas respondidas correctamente</translation>
    </message>
    <message>
        <source>The timeline shows this moment after the next question, which it would answer.</source>
        <translation>La línea de tiempo muestra este momento después de la siguiente pregunta, porque la respondería.</translation>
    </message>
</context>
<context>
    <name>awaitscope::PresenterMode</name>
    <message>
        <source>&amp;Presenter mode</source>
        <translation>&amp;Modo presentación</translation>
    </message>
    <message>
        <source>Full screen, large fonts and high contrast for a projector (F5; Esc leaves)</source>
        <translation>Pantalla completa, letra grande y alto contraste para un proyector (F5; Esc para salir)</translation>
    </message>
    <message>
        <source>Leave presenter mode</source>
        <translation>Salir del modo presentación</translation>
    </message>
    <message>
        <source>Lesson %1</source>
        <translation>Lección %1</translation>
    </message>
</context>
<context>
    <name>awaitscope::RecordedRuns</name>
    <message>
        <source>%1 is not an Awaitscope trace (%2).</source>
        <translation>%1 no es una traza de Awaitscope (%2).</translation>
    </message>
    <message>
        <source>&amp;Open Trace…</source>
        <translation>&amp;Abrir traza…</translation>
    </message>
    <message>
        <source>Open a trace written by &quot;awaitscope run --trace&quot; or &quot;awaitscope record&quot; in a player of its own</source>
        <translation>Abrir una traza escrita por &quot;awaitscope run --trace&quot; o &quot;awaitscope record&quot; en un reproductor propio</translation>
    </message>
    <message>
        <source>Record under &amp;CPython</source>
        <translation>Grabar con &amp;CPython</translation>
    </message>
    <message>
        <source>Run the program under your own CPython 3.11+ on a virtual clock and show what CPython did, beside Awaitscope&apos;s run</source>
        <translation>Ejecutar el programa con tu propio CPython 3.11+ en un reloj virtual y mostrar lo que hizo CPython, junto a la ejecución de Awaitscope</translation>
    </message>
    <message>
        <source>Open Trace</source>
        <translation>Abrir traza</translation>
    </message>
    <message>
        <source>Awaitscope traces (*.json);;All files (*)</source>
        <translation>Trazas de Awaitscope (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Opened %1 in a window of its own.</source>
        <translation>%1 abierto en una ventana propia.</translation>
    </message>
    <message>
        <source>There is no program to record.</source>
        <translation>No hay ningún programa que grabar.</translation>
    </message>
    <message>
        <source>Record under CPython</source>
        <translation>Grabar con CPython</translation>
    </message>
    <message>
        <source>CPython&apos;s run tells the same scheduling story as Awaitscope&apos;s.</source>
        <translation>La ejecución de CPython cuenta la misma historia de planificación que la de Awaitscope.</translation>
    </message>
    <message>
        <source>CPython&apos;s run differs from Awaitscope&apos;s first at t=%1 (%2): Awaitscope %3, CPython %4.</source>
        <translation>La ejecución de CPython difiere primero de la de Awaitscope en t=%1 (%2): Awaitscope %3, CPython %4.</translation>
    </message>
    <message>
        <source>Run the program in Awaitscope to compare the two runs.</source>
        <translation>Ejecuta el programa en Awaitscope para comparar las dos ejecuciones.</translation>
    </message>
    <message>
        <source>%1 recorded under CPython</source>
        <translation>%1 grabado con CPython</translation>
    </message>
    <message>
        <source>Recording %1 under CPython…</source>
        <translation>Grabando %1 con CPython…</translation>
    </message>
    <message>
        <source>Open CPython&apos;s Run</source>
        <translation>Abrir la ejecución de CPython</translation>
    </message>
    <message>
        <source>Awaitscope</source>
        <translation>Awaitscope</translation>
    </message>
    <message>
        <source>CPython (recorded)</source>
        <translation>CPython (grabado)</translation>
    </message>
    <message>
        <source>%1: Awaitscope and CPython</source>
        <translation>%1: Awaitscope y CPython</translation>
    </message>
    <message>
        <source>&amp;Awaitscope&apos;s Interpreter</source>
        <translation>Intérprete de &amp;Awaitscope</translation>
    </message>
    <message>
        <source>Runs are Awaitscope&apos;s own: instant, sandboxed, drawn as they run</source>
        <translation>Awaitscope ejecuta por sí mismo: al instante, en su entorno aislado, dibujado mientras corre</translation>
    </message>
    <message>
        <source>&amp;CPython (Recorded)</source>
        <translation>&amp;CPython (grabado)</translation>
    </message>
    <message>
        <source>Runs are your own CPython 3.11+ running the program with Awaitscope&apos;s recorder: what CPython really did, drawn when it ends. Not sandboxed: the program may use files, the network and any library.</source>
        <translation>Tu propio CPython 3.11+ ejecuta el programa con el grabador de Awaitscope: lo que CPython hizo de verdad, dibujado al terminar. Sin aislamiento: el programa puede usar archivos, la red y cualquier biblioteca.</translation>
    </message>
</context>
<context>
    <name>awaitscope::RunView</name>
    <message>
        <source>Running on the real clock… (Stop: Shift+F5)</source>
        <translation>Ejecutando con el reloj real… (Detener: Mayús+F5)</translation>
    </message>
    <message>
        <source>Still running… (Stop: Shift+F5)</source>
        <translation>Sigue en ejecución… (Detener: Mayús+F5)</translation>
    </message>
    <message>
        <source>The program waits for input(): type a line under its output and press Enter (Stop: Shift+F5)</source>
        <translation>El programa espera a input(): escriba una línea bajo su salida y pulse Intro (Detener: Mayús+F5)</translation>
    </message>
    <message>
        <source>Stopping: cancelling every task…</source>
        <translation>Deteniendo: cancelando todas las tareas…</translation>
    </message>
    <message>
        <source>Awaitscope did not close normally last time, so your edited program was not run. It is in the editor: press Run (Ctrl+Return) when you want it to run.</source>
        <translation>Awaitscope no se cerró con normalidad la última vez, así que su programa editado no se ejecutó. Está en el editor: pulse Ejecutar (Ctrl+Intro) cuando quiera ejecutarlo.</translation>
    </message>
    <message numerus="yes">
        <source>Running… %1 s, %n task(s) so far (Stop: Shift+F5)</source>
        <translation>
            <numerusform>En ejecución… %1 s, %n tarea hasta ahora (Detener: Mayús+F5)</numerusform>
            <numerusform>En ejecución… %1 s, %n tareas hasta ahora (Detener: Mayús+F5)</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <source>Stopped after %1 s; every task was cancelled.</source>
        <translation>Detenido tras %1 s; se cancelaron todas las tareas.</translation>
    </message>
    <message>
        <source>Ran in %1 s of real time.</source>
        <translation>Ejecutado en %1 s de tiempo real.</translation>
    </message>
    <message>
        <source>Ran in %1 s of virtual time.</source>
        <translation>Ejecutado en %1 s de tiempo virtual.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
    <message>
        <source>CPython runs the program on the real clock; its picture comes when it ends… (Stop: Shift+F5)</source>
        <translation>CPython ejecuta el programa con el reloj real; el dibujo llega al terminar… (Detener: Mayús+F5)</translation>
    </message>
    <message>
        <source>Recording under CPython… (Stop: Shift+F5)</source>
        <translation>Grabando con CPython… (Detener: Mayús+F5)</translation>
    </message>
    <message>
        <source>%1 ran it in %2 s of real time (recorded).</source>
        <translation>%1 lo ejecutó en %2 s de tiempo real (grabado).</translation>
    </message>
    <message>
        <source>%1 ran it in %2 s of virtual time (recorded).</source>
        <translation>%1 lo ejecutó en %2 s de tiempo virtual (grabado).</translation>
    </message>
</context>
<context>
    <name>awaitscope::Settings</name>
    <message>
        <source>The limits could not be saved to %1 (%2). Check that this folder can be written.</source>
        <translation>No se pudieron guardar los límites en %1 (%2). Comprueba que se puede escribir en esta carpeta.</translation>
    </message>
    <message>
        <source>no permission to write there</source>
        <translation>sin permiso de escritura ahí</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation>el archivo está dañado</translation>
    </message>
    <message>
        <source>The allowed hosts could not be saved to %1. Check that this folder can be written.</source>
        <translation>No se pudieron guardar los hosts permitidos en %1. Comprueba que se puede escribir en esta carpeta.</translation>
    </message>
    <message>
        <source>raise it in Preferences ▸ Limits</source>
        <translation>súbelo en Preferencias ▸ Límites</translation>
    </message>
</context>
<context>
    <name>awaitscope::SettingsDialog</name>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>Recursion depth (nested calls):</source>
        <translation>Profundidad de recursión (llamadas anidadas):</translation>
    </message>
    <message>
        <source>Steps (statements and loop rounds):</source>
        <translation>Pasos (instrucciones y vueltas de bucle):</translation>
    </message>
    <message>
        <source>Output (characters printed):</source>
        <translation>Salida (caracteres impresos):</translation>
    </message>
    <message>
        <source>Trace (timeline events):</source>
        <translation>Traza (eventos de la línea de tiempo):</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Límites</translation>
    </message>
    <message>
        <source>A program that goes past one of these limits is stopped with a message naming the limit. Raise a limit when a correct program needs more.</source>
        <translation>Un programa que supera uno de estos límites se detiene con un mensaje que indica cuál. Sube un límite cuando un programa correcto necesite más.</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Programs reach only the demo server (http://demo/...). List other hosts here, separated by commas, to let programs on the real clock reach them too.</source>
        <translation>Los programas solo llegan al servidor de demostración (http://demo/...). Escribe aquí otros hosts, separados por comas, para que los programas con el reloj real también puedan llegar a ellos.</translation>
    </message>
    <message>
        <source>example.org, api.example.org</source>
        <translation>example.org, api.example.org</translation>
    </message>
    <message>
        <source>Allowed hosts:</source>
        <translation>Hosts permitidos:</translation>
    </message>
    <message>
        <source>Allowed hosts: %1.</source>
        <translation>Hosts permitidos: %1.</translation>
    </message>
    <message>
        <source>Memory the program may use (MB):</source>
        <translation>Memoria que puede usar el programa (MB):</translation>
    </message>
    <message>
        <source>Tasks unfinished at once:</source>
        <translation>Tareas sin terminar a la vez:</translation>
    </message>
</context>
<context>
    <name>awaitscope::ShortcutsPage</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>In one place</source>
        <translation>En un solo lugar</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>In the code editor: indents (the editor keeps Tab, as code editors do)</source>
        <translation>En el editor de código: sangra (el editor se queda con Tab, como hacen los editores de código)</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>In the code editor: leave it for the timeline</source>
        <translation>En el editor de código: salir de él hacia la línea de tiempo</translation>
    </message>
    <message>
        <source>Ctrl+Tab / Ctrl+Shift+Tab</source>
        <translation>Ctrl+Tab / Ctrl+Mayús+Tab</translation>
    </message>
    <message>
        <source>In the code editor: leave it for the next or previous control</source>
        <translation>En el editor de código: salir de él hacia el control siguiente o anterior</translation>
    </message>
    <message>
        <source>Up / Down</source>
        <translation>Arriba / Abajo</translation>
    </message>
    <message>
        <source>In the lesson list: choose a lesson. Home, End, Left, Right and Space drive the player there as everywhere else</source>
        <translation>En la lista de lecciones: elegir una lección. Inicio, Fin, Izquierda, Derecha y Espacio manejan allí el reproductor como en cualquier otro sitio</translation>
    </message>
    <message>
        <source>Wheel</source>
        <translation>Rueda</translation>
    </message>
    <message>
        <source>On the timeline: zoom around the mouse; with Shift, or over the task names, scroll the tasks</source>
        <translation>En la línea de tiempo: hacer zoom alrededor del ratón; con Mayús, o sobre los nombres de las tareas, desplazar las tareas</translation>
    </message>
    <message>
        <source>Up / Down / Page Up / Page Down</source>
        <translation>Arriba / Abajo / Re Pág / Av Pág</translation>
    </message>
    <message>
        <source>On the timeline: scroll the tasks</source>
        <translation>En la línea de tiempo: desplazar las tareas</translation>
    </message>
    <message>
        <source>Double click</source>
        <translation>Doble clic</translation>
    </message>
    <message>
        <source>On the timeline: fit the whole run</source>
        <translation>En la línea de tiempo: ajustar toda la ejecución</translation>
    </message>
    <message>
        <source>1 … 9</source>
        <translation>1 … 9</translation>
    </message>
    <message>
        <source>In presenter mode: open the lesson at that place in the list</source>
        <translation>En el modo presentación: abrir la lección en ese lugar de la lista</translation>
    </message>
    <message>
        <source>The playback keys work wherever the focus is, except where they type: in the code editor, Space is a space and + a plus.</source>
        <translation>Las teclas de reproducción funcionan dondequiera que esté el foco, salvo donde escriben: en el editor de código, Espacio es un espacio y + un más.</translation>
    </message>
</context>
<context>
    <name>awaitscope::TimelineView</name>
    <message>
        <source>Timeline</source>
        <translation>Línea de tiempo</translation>
    </message>
    <message>
        <source>One lane per task over time. Wheel zooms, drag pans, click moves the cursor.</source>
        <translation>Una franja por tarea a lo largo del tiempo. La rueda amplía, arrastrar desplaza, un clic mueve el cursor.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>created by %1 at %2 s</source>
        <translation>creada por %1 a los %2 s</translation>
    </message>
    <message>
        <source>created at %1 s</source>
        <translation>creada a los %1 s</translation>
    </message>
    <message>
        <source>, line %1</source>
        <translation>, línea %1</translation>
    </message>
    <message>
        <source>%1 at %2 s</source>
        <translation>%1 a los %2 s</translation>
    </message>
    <message>
        <source>Scroll the tasks</source>
        <translation>Desplazar las tareas</translation>
    </message>
    <message>
        <source>no task yet</source>
        <translation>aún ninguna tarea</translation>
    </message>
    <message>
        <source>at %1 s: %2</source>
        <translation>en %1 s: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n tasks: %1</source>
        <translation>
            <numerusform>%n tarea: %1</numerusform>
            <numerusform>%n tareas: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Click the name to close the group.</source>
        <translation>Un clic en el nombre cierra el grupo.</translation>
    </message>
    <message>
        <source>Click the name to show each task.</source>
        <translation>Un clic en el nombre muestra cada tarea.</translation>
    </message>
    <message>
        <source>Tasks alive and ready to run</source>
        <translation>Tareas vivas y listas para ejecutarse</translation>
    </message>
</context>
<context>
    <name>awaitscope::TransportBar</name>
    <message>
        <source>Playback controls</source>
        <translation>Controles de reproducción</translation>
    </message>
    <message>
        <source>Jump to start</source>
        <translation>Ir al principio</translation>
    </message>
    <message>
        <source>Step back</source>
        <translation>Paso atrás</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <source>Step forward</source>
        <translation>Paso adelante</translation>
    </message>
    <message>
        <source>Jump to end</source>
        <translation>Ir al final</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>Más lento</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>Más rápido</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>Velocidad de reproducción</translation>
    </message>
    <message>
        <source>Position in the run</source>
        <translation>Posición en la ejecución</translation>
    </message>
    <message>
        <source>Cursor position</source>
        <translation>Posición del cursor</translation>
    </message>
    <message>
        <source>%1 s / %2 s</source>
        <translation>%1 s / %2 s</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Fit the whole run</source>
        <translation>Ajustar toda la ejecución</translation>
    </message>
    <message>
        <source>Playback speed: virtual seconds per real second ([ or - slower, ] or + faster)</source>
        <translation>Velocidad de reproducción: segundos virtuales por segundo real ([ o - más lento, ] o + más rápido)</translation>
    </message>
</context>
</TS>
