import signs from '../stiffness-quiz/signs.es.js';
import { signsByTier } from '../stiffness-quiz/signs.js';
import type { FaqItem } from './faq-item.js';

/** The quiz's warning signs, grouped by how soon to get help: one source, so the two never disagree. */
const { emergency, today, soon, routine } = signsByTier(signs);
const list = (lines: string[]) => lines.map((line) => `- ${line}`).join('\n');

/**
 * Built-in morning-back-pain FAQ, Spanish (US; the reader is "usted"). Answers
 * are plain text: a blank line starts a new paragraph, and lines that start
 * with "- " make a list.
 */
const items: FaqItem[] = [
  {
    id: 'why-stiff-in-the-morning',
    question: '¿Por qué siento la espalda rígida al despertar?',
    answer:
      'Mientras usted duerme, la espalda se queda quieta durante horas. Las articulaciones y los músculos que casi no se movieron en la noche necesitan unos minutos para volver a entrar en calor.\n\n' +
      'Además, los discos blandos que hay entre los huesos de la columna absorben líquido mientras usted está en la cama, así que están más llenos por la mañana. Por eso, al principio, puede sentir la espalda tensa al agacharse.\n\n' +
      'A muchas personas se les quita la rigidez en menos de media hora, una vez que se levantan y se mueven. Si le dura más de una hora, o si tiene otras señales que le preocupen, consulte a un médico.',
  },
  {
    id: 'does-more-rest-help',
    question: '¿Descansar más o quedarme en la cama ayuda a mi espalda?',
    answer:
      'Por lo general, no. Es normal querer descansar cuando le duele la espalda, pero el reposo largo suele dejar la espalda más rígida y hacer que tarde más en mejorar.\n\n' +
      'Según los estudios sobre el dolor lumbar común, lo mejor es seguir moviéndose y hacer sus actividades de siempre, en la medida que pueda. Eso no quiere decir que deba aguantar un dolor agudo. Caminar, hacer tareas livianas de la casa y moverse con suavidad le ayudan, y está bien tomar descansos cortos.\n\n' +
      'Con el tiempo, moverse con regularidad ayuda a que su espalda vuelva a acostumbrarse a las tareas diarias, y es posible que las mañanas se le hagan más fáciles.',
  },
  {
    id: 'does-drinking-water-help',
    question: '¿Tomar poca agua puede empeorar el dolor de espalda por la mañana?',
    answer:
      'Hay pocas pruebas de eso. Quizá haya leído que, si le falta agua, los discos de la columna no se vuelven a llenar durante la noche, pero los estudios indican lo contrario. Los discos absorben líquido mientras usted está en la cama, y están más llenos al despertar. Ese líquido extra es una de las razones por las que puede sentir la espalda tensa a primera hora.\n\n' +
      'Tomar suficiente agua es bueno para su salud en general, así que siga haciéndolo. Pero no hay buenas pruebas de que tomar más agua le quite la rigidez de la espalda.\n\n' +
      'Es mejor empezar con unos minutos de movimiento suave al levantarse.',
  },
  {
    id: 'is-it-arthritis',
    question: '¿La rigidez de espalda por la mañana es señal de artritis?',
    answer: [
      'No siempre. La mayoría de las veces, la rigidez de la mañana se debe a que la espalda estuvo quieta toda la noche, y se alivia poco después de empezar a moverse. Es algo muy común.',
      'Algunos tipos de artritis causan inflamación en la columna. Uno de ellos es la espondilitis anquilosante, también llamada espondiloartritis axial. Conviene que un médico revise estas señales:',
      list([
        'Rigidez que dura más de una hora',
        'Despertarse por el dolor en la segunda mitad de la noche',
        'Dolor que mejora con el ejercicio, pero no con el reposo',
        'Dolor que empezó antes de los 40 a 45 años, más o menos',
        'Dolor que empezó poco a poco',
        'Dolor que ya dura más de 3 meses',
        'Psoriasis, inflamación del intestino (enfermedad de Crohn o colitis ulcerosa) o inflamación del ojo (uveítis)',
        'Su padre o su madre, un hermano o una hermana, o un hijo o una hija con espondilitis anquilosante (espondiloartritis axial)',
      ]),
      'Solo un médico puede saber la causa. Si esto se parece a lo que le pasa, pida una cita con su médico y cuéntele cómo son sus mañanas.',
    ].join('\n\n'),
  },
  {
    id: 'should-i-buy-a-new-mattress',
    question: '¿Debo comprar un colchón nuevo porque amanezco con la espalda rígida?',
    answer:
      'Quizá no, al menos no como primer paso. Un colchón viejo y hundido puede influir, pero casi nunca es la única causa. Suelen importar más qué tan bien se mueve su espalda, qué tan fuertes son los músculos que la rodean y cuánto se mueve usted durante el día.\n\n' +
      'No existe un colchón que sea el mejor para el dolor de espalda. Elija uno que le resulte cómodo. A muchas personas les va bien uno de firmeza media.\n\n' +
      'Antes de gastar mucho dinero, intente moverse más durante el día y vea si nota un cambio por las mañanas.',
  },
  {
    id: 'when-to-see-a-doctor',
    question: '¿Cuándo debo ver a un médico primero?',
    answer: [
      'Llame al 911 ahora o vaya a la sala de emergencias si tiene dolor de espalda y alguna de estas señales. No vaya manejando usted.',
      list(emergency),
      'Comuníquese hoy con un médico si algo de esto describe su caso. Llame a su médico, vaya a un centro de atención urgente (urgent care) o llame a una línea de consejos de enfermería.',
      list(today),
      'Vaya al médico en los próximos uno o dos días si algo de esto describe su caso.',
      list(soon),
      'Vaya al médico en las próximas semanas si algo de esto describe su caso. No es urgente.',
      list(routine),
      'Consulte también a un médico si no empieza a mejorar en 4 a 6 semanas, o si aparece algo nuevo. Si tiene dudas, siempre está bien preguntarle a un médico.',
      'Estas respuestas son información general, no consejo médico.',
    ].join('\n\n'),
  },
  {
    id: 'how-does-physical-therapy-help',
    question: '¿Cómo puede ayudar la fisioterapia (terapia física) con el dolor de espalda por la mañana?',
    answer:
      'Un fisioterapeuta empieza por hacerle preguntas y ver cómo se mueve. Así puede encontrar qué podría estar contribuyendo a su rigidez, como articulaciones rígidas, caderas tensas o músculos que se cansan rápido.\n\n' +
      'Luego hacen un plan juntos. Lo primero es hacer ejercicio y volver a sus actividades paso a paso. El plan puede incluir ejercicios para que la columna y las caderas se muevan con más libertad, y para fortalecer los músculos que sostienen la espalda. Poco a poco, usted vuelve a hacer las cosas que le importan.\n\n' +
      'No hay una sola forma correcta de levantar cosas, agacharse o sentarse. Su fisioterapeuta puede ayudarle a encontrar maneras que le resulten cómodas.\n\n' +
      'Cada persona es distinta, así que nadie puede prometerle resultados ni una cura. La meta es que pueda hacer su vida diaria con más facilidad.',
  },
];
export default items;
