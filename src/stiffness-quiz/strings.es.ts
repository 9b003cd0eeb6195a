import signs from './signs.es.js';
import { warningOptions } from './signs.js';
import type { QuizStrings } from './strings.js';

/** Spanish (US) copy of the morning-stiffness check: the reader is "usted". */
const strings: QuizStrings = {
  title: 'Autoevaluación de la rigidez de espalda por la mañana',
  defaultClinic: 'una clínica cercana',
  intro: {
    heading: '¿Tiene la espalda rígida por la mañana?',
    lead: 'Responda unas preguntas para saber cuál es su siguiente paso: recibir ayuda de inmediato, ver a un médico o acudir a {clinic}.',
    points: [
      'Para personas de 16 años o más.',
      'Información general, no un diagnóstico.',
      'Esta autoevaluación no envía sus respuestas a ninguna parte.',
      'Si ahora se siente muy mal, llame al {emergency}.',
    ],
    start: 'Empezar la autoevaluación',
  },
  progress: 'Pregunta {current} de {total}',
  next: 'Siguiente',
  back: 'Atrás',
  seeResult: 'Ver mi resultado',
  startAgain: 'Empezar de nuevo',
  changeAnswers: 'Cambiar mis respuestas',
  required: 'Por favor, elija una respuesta.',
  chooseOne: 'Elija una.',
  chooseAll: 'Elija todas las que correspondan.',
  optional: 'Opcional',
  othersCleared: 'Se desmarcaron las demás opciones.',
  noneCleared: 'Se desmarcó "Ninguna de estas opciones".',
  signs,
  questions: {
    age: {
      legend: '¿Cuántos años tiene?',
      options: { under16: 'Menos de 16', '16to49': 'De 16 a 49', '50plus': '50 o más' },
    },
    emergency: {
      legend: '¿Tiene algo de esto que sea nuevo, además del dolor de espalda?',
      hint: 'Nuevo quiere decir que empezó en las últimas semanas. Si tiene dudas, márquelo. Es más seguro que un médico lo revise.',
      options: { ...signs.emergency, none: 'Ninguna de estas opciones' },
    },
    warning: {
      legend: '¿Algo de esto describe su caso?',
      hint: 'Esto lo debe revisar un médico. Puede que no sea nada.',
      options: warningOptions(signs, 'Ninguna de estas opciones'),
    },
    easeTime: {
      legend: '¿Cuánto tarda en aliviarse la rigidez por la mañana?',
      hint: 'Desde que se levanta de la cama.',
      options: {
        lt20: 'Menos de 20 minutos',
        '20to30': 'De 20 a 30 minutos (incluye 30 minutos exactos)',
        '30to60': 'Más de 30 minutos y hasta 1 hora (incluye 1 hora exacta)',
        gt60: 'Más de 1 hora',
        noEase: 'Casi no se alivia',
      },
    },
    relief: {
      legend: '¿Qué hace que su espalda se sienta mejor?',
      options: {
        rest: 'Descansar',
        both: 'Tanto descansar como moverse con suavidad',
        moveNotRest: 'Moverse ayuda, pero descansar no',
        nothing: 'Nada: un dolor profundo casi todo el tiempo',
      },
    },
    night: {
      legend: '¿Se despierta de noche por el dolor de espalda?',
      options: {
        no: 'No',
        turning: 'Solo al voltearse en la cama, y luego se calma',
        earlyHours: 'Sí, en la segunda mitad de la noche. Se alivia al levantarse.',
        allNight: 'Sí, dolor toda la noche en cualquier posición',
      },
    },
    buttock: {
      legend: '¿Tiene un dolor profundo en las nalgas que cambia de lado?',
      hint: 'Unos días del lado izquierdo y otros del derecho.',
      options: { yes: 'Sí', no: 'No', notSure: 'No lo sé' },
    },
    onset: {
      legend: '¿Cómo empezó el dolor?',
      options: { gradual: 'Poco a poco, a lo largo de semanas o meses', sudden: 'De repente, en un día o menos', notSure: 'No lo sé' },
    },
    duration: {
      legend: '¿Cuánto tiempo lleva con este dolor o rigidez?',
      options: { lt6w: 'Menos de 6 semanas', '6wto3m': 'De 6 semanas a 3 meses', gt3m: 'Más de 3 meses' },
    },
    onsetAge: {
      legend: '¿Cuántos años tenía cuando empezó?',
      options: { under40: 'Menos de 40', '40to44': 'De 40 a 44', '45plus': '45 o más' },
    },
    related: {
      legend: '¿Tiene alguno de estos problemas de salud?',
      hint: 'Marque los que un médico le haya dicho que tiene, o los que sabe que hay en su familia.',
      options: {
        diagnosedIA:
          'Un médico le dijo que tiene un tipo de artritis que causa inflamación. Por ejemplo: espondilitis anquilosante, artritis psoriásica o artritis reumatoide.',
        skinGutEye:
          'Psoriasis (un problema de la piel), enfermedad de Crohn o colitis ulcerosa (problemas del intestino), o uveítis o iritis (problemas de los ojos)',
        family:
          'Su padre, su madre, un hermano, una hermana, un hijo o una hija con espondilitis anquilosante. También se llama espondiloartritis axial.',
        otherJoints: 'Otras articulaciones hinchadas, o hinchazón en un talón o en un dedo de la mano o del pie',
        none: 'Ninguna de estas opciones',
      },
    },
    factors: {
      legend: '¿Le pasa algo de esto?',
      hint: 'Esto ayuda a planear la fisioterapia (terapia física).',
      options: {
        tightHips: 'Siente las caderas tensas',
        stiffSpine: 'Siente la espalda rígida al agacharse o al girar',
        tiresEasily: 'Estar de pie o caminar le cansa la espalda',
        guarded: 'Siente tensos los músculos de la espalda',
        soreSpot: 'Le duele un punto específico de la espalda',
        avoid: 'Evita algunos movimientos, como agacharse',
        afterSitting: 'Se siente peor después de sentarse un rato',
        flareActivity: 'Levantar cosas, hacer deporte o hacer quehaceres le causa brotes de dolor',
        mostlySitting: 'Pasa la mayor parte del día en una silla',
        none: 'Ninguna de estas opciones',
      },
    },
  },
  urgent: {
    heading: 'Busque ayuda médica ahora',
    body: 'Sus respuestas podrían indicar un problema grave.',
    call: 'Llame al {emergency} ahora',
    orGo: 'O vaya ahora mismo a la sala de emergencias más cercana.',
    dont: ['No maneje usted hasta la sala de emergencias.', 'No espere a ver si mejora.'],
    because: 'Este resultado se debe a lo que nos indicó:',
  },
  seeDoctor: {
    today: {
      heading: 'Comuníquese hoy con un médico',
      body: [
        'Llame hoy a su médico o vaya a un centro de atención urgente (urgent care). Una línea de consejos de enfermería también puede ayudarle.',
        'Si se siente muy mal o empeora rápido, llame al {emergency}.',
      ],
    },
    soon: {
      heading: 'Consulte primero a un médico',
      body: ['Vaya al médico en los próximos uno o dos días. Pida una cita urgente o llame a una línea de consejos de enfermería.'],
    },
    routine: {
      heading: 'Consulte primero a un médico',
      body: ['Vaya al médico en las próximas semanas. No es urgente.'],
    },
    because: 'Este resultado se debe a lo que nos indicó:',
    reassure: 'Esto no quiere decir que tenga algo grave. Un médico puede evaluar su caso y ayudarle a decidir qué hacer.',
    tellHeading: 'Cuéntele a su médico',
    tell: [
      'Cuánto dura la rigidez por la mañana y qué la alivia',
      'Si se despierta de noche por el dolor',
      'Cómo y cuándo empezó, y cualquier otro síntoma',
    ],
    askInflammatory: 'Pregúntele si podría tratarse de dolor de espalda inflamatorio (espondiloartritis axial).',
    book: 'Después de ver a un médico, puede pedir una cita de evaluación en {clinic}.',
  },
  mechanical: {
    heading: 'Sus respuestas coinciden con una rigidez común por la mañana',
    body: 'Es común que la espalda se ponga rígida durante la noche y se afloje cuando empieza a moverse. Un especialista en fisioterapia (terapia física) de {clinic} puede revisarle la espalda y planear ejercicios con usted.',
    notBetter: 'Consulte a un médico si no empieza a mejorar en 4 a 6 semanas, o si aparece algo nuevo.',
    watchPattern:
      'Algunas de sus respuestas pueden coincidir con un dolor de espalda inflamatorio. Eso es más probable cuando el dolor dura más de 3 meses. Si el suyo dura más de 3 meses, consulte a un médico y pregúntele sobre esto.',
    focusHeading: 'En qué puede enfocarse la fisioterapia',
    book: 'Pedir una cita de evaluación',
  },
  tipsHeading: 'Cosas que puede probar',
  safetyNet: {
    heading: 'Busque ayuda de inmediato si aparece alguna de estas señales',
    action: 'Llame al {emergency} o vaya a la sala de emergencias más cercana.',
  },
  summary: {
    print: 'Imprimir un resumen para su médico',
    printHint:
      'Se abrirá la ventana de impresión de su navegador, donde también puede guardarlo como PDF. La autoevaluación no envía ni conserva sus respuestas.',
    heading: 'Rigidez de espalda por la mañana: resumen para su médico',
    date: 'Creado el {date}',
    answersHeading: 'Respuestas',
    notAnswered: 'Sin respuesta',
    resultHeading: 'Resultado',
    clinic: 'Clínica: {clinic}',
  },
  rulesVersion: 'Versión de las reglas: {version}. Información general, no un diagnóstico.',
  reasons: {
    eases: 'Rigidez que se alivia al moverse',
    watchPattern: 'Algunas respuestas que pueden coincidir con un dolor de espalda inflamatorio, aunque el dolor lleva menos de 3 meses',
  },
  focusAreas: {
    jointMobility: {
      title: 'Movimiento de las articulaciones',
      body: 'Ejercicios y estiramientos para que la columna y las caderas se muevan con más libertad.',
    },
    deepSupport: {
      title: 'Músculos profundos del tronco',
      body: 'Ejercicios para fortalecer los músculos profundos que sostienen la columna.',
    },
    muscleGuarding: {
      title: 'Músculos tensos que protegen la espalda',
      body: 'Movimiento suave para ayudar a que los músculos tensos se relajen.',
    },
    movementPatterns: {
      title: 'Cómo se mueve',
      body: 'Practicar cómo agacharse, levantar cosas y sentarse de maneras que le resulten fáciles.',
    },
    loadTolerance: {
      title: 'Lo que su espalda puede aguantar',
      body: 'Ir aumentando, paso a paso, hasta llegar a las tareas y actividades que le importan.',
    },
  },
  tips: {
    stayActive:
      'Siga en movimiento y con sus actividades de siempre, en la medida en que pueda. Descansar mucho tiempo suele poner la espalda más rígida.',
    gentleStart: 'Por la mañana, muévase con suavidad unos minutos antes de cargar cosas pesadas o agacharse mucho.',
    breakUpSitting: 'Si pasa mucho tiempo en una silla, levántese y muévase cada 30 a 60 minutos.',
    hydration:
      'Durante la noche, los discos de la columna absorben líquido, y esa es una de las razones por las que la espalda amanece rígida. Tomar agua es bueno para la salud, pero no está comprobado que quite la rigidez de espalda.',
    mattress:
      'No hay un colchón que sea el mejor para todos. Elija uno cómodo; a muchas personas les va bien uno de firmeza media. Moverse durante el día importa más.',
  },
};

export default strings;
