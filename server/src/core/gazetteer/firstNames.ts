/**
 * Common first names: French and European, West African (Mande, Fula, Songhai, Hausa, Wolof and
 * Arabic-origin forms with their usual spellings), Central African, Malagasy, Russian and Slavic transliterations.
 * A known first name followed by a capitalised word is strong evidence of a PERSON.
 * Compiled by hand from general knowledge of naming practice (no list copied).
 */
import { parseWordList } from './format';

export const FIRST_NAMES = parseWordList(`
Abdoulaye Abdou Abdourahamane Abdourahmane Abdrahamane Abdel Abdallah Abdallahi Abdelaziz Abdelkader Abderrahmane Abdul
Aboubacar Aboubakar Abou Adama Aïcha Aicha Alassane Alhassane Ali Aliou Alioune Almamy Amadou Ahmadou Ahmed Ahmad Aminata
Aminatou Amara Ansoumane Assimi Assétou Awa Aya Babacar Bakary Bakari Bamba Baba Bassirou Binta Boubacar Boubou Bourama
Cheick Cheikh Cheikna Chérif Choguel Daouda Dramane Djibril Djénéba Djeneba Fanta Fatoumata Fatouma Fatima Fatou
Fily Fousseyni Hamadoun Hamidou Hamed Hamza Harouna Hawa Hama Hassane Hassan Hussein Ibrahim Ibrahima Idrissa Idriss
Ismaël Ismael Ismaila Issa Issiaka Karim Kadiatou Kadidia Kalifa Kassoum Kassim Kady Lassana Lassina Mahamadou Mahamane
Mahamat Mahmoud Makan Malick Mamadou Mamadi Mamoudou Mariam Mariama Mariétou Massa Modibo Mohamed Mohammed Mohamadou
Moctar Mokhtar Moussa Mountaga Nouhoum Nana Oumar Omar Ousmane Oumou Ousseynou Rokia Sadio Saïd Salif Salifou Saliou
Samba Seydou Sékou Sekou Siaka Sidi Sidiki Soumaïla Soumaila Souleymane Souleiman Sory Tiéman Tiémoko Tiécoura Toumani
Yacouba Yaya Youssouf Youssef Zeinab Zoumana Bah Boukary Brahima Dramane Gaoussou Hamadi Inna Kadidiatou Lamine
Mamadou Mahamadou Sidy Tidiane Tiéna Yéhia Nafissatou Néné Ramata Salimata Sanata Kadia
Pape Modou Mouhamadou Serigne Fallou Khadim Mame Ndèye Ndeye Coumba Astou Sokhna Birame Demba Matar Maguette Mbaye Aïssatou Aïssata
Alpha Mamady Macky Bola Muhammadu Goodluck Olusegun Kwame Jerry Nana Félix Roch Blaise Thomas Paul Mamane
Boureima Issouf Issoufou Drissa Mahaman Salissou Adamou Moumouni Boukari Tahirou Zakari Inoussa Abdoul Oumarou Seyni Issaka
Mounkaïla Hamissou Habibou Bintou Salamata Rasmata Zénabou Haoua Hadiza Halima Rakiatou Souley Yahaya Tinni Garba Sani
Abdelmadjid Mouammar Hosni Kaïs Habib Recep Nelson Cyril Jacob Thabo Uhuru William Yoweri Abiy Paul Denis Ali Jean-Pierre
# French and European
Alain Albert Alexandre Alfred Alice Alphonse André Anne Antoine Arnaud Auguste Bernard Bertrand Brigitte Camille Caroline
Catherine Charles Christian Christiane Christine Christophe Claire Claude Daniel David Denis Didier Dominique Édouard Edouard
Élisabeth Elisabeth Émile Emile Emmanuel Emmanuelle Éric Eric Ernest Étienne Etienne Eugène Fabien Florence Francis François
Françoise Frédéric Gabriel Georges Gérard Gilbert Gilles Guillaume Gustave Guy Hélène Henri Hubert Hugues Isabelle Jacques
Jean Jeanne Jean-Claude Jean-Louis Jean-Luc Jean-Marc Jean-Marie Jean-Paul Jean-Pierre Jean-Yves Jérôme Joseph Jules Julien
Laurent Léon Louis Louise Lucien Luc Madeleine Marc Marcel Marguerite Marie Marie-Claire Martine Maurice Michel Michèle
Nathalie Nicolas Numa Olivier Oscar Otto Pascal Patrick Paul Philippe Pierre Raymond René Richard Robert Roger Sébastien
Simone Stéphane Suzanne Sylvie Thierry Valérie Vincent Virginie Yves Fritz Hans Heinrich Karl Kurt Walter Wilhelm Franz
Friedrich Gottfried Ulrich Rudolf Max Ernst Werner Helmut Angela Olaf John James George Edward Henry Mary Elizabeth Margaret
Winston Franklin Harry Dwight Ronald Donald Joe Barack Hillary Linda Antonio António Giuseppe Giovanni Carlo Luigi Benito
Silvio Mario Pedro José Juan Carlos Manuel Luis Francisco Fidel Ernesto Ansoumane Igor Alcide
Isidore Numa Maggy Marcel Lucien Jacques Pierre Christian Sylvie Emmanuelle Madeleine
# Central African first names that are French words too (Congo, Gabon, Cameroon)
Trésor Héritier Merveille Fiston Dieudonné Glody Exaucé Bienvenu Gloria
# Malagasy short given names (the long Malagasy names are surnames, read from their context)
Hery Tojo Fano Haja Rivo Andry Tiana Lova Voahangy Hanitra Miora Nirina Tahina Mialy Njaka Toky Lalao Rindra Solofo Naina Herizo Mamy Hasina Nomena Tsiry Lanto
# Russian and Slavic (with common French transliterations)
Vladimir Sergueï Serguei Sergei Serge Dmitri Dmitry Mikhaïl Mikhail Alexeï Alexei Alexis Andreï Andrei Nikolaï Nikolai Ivan
Boris Iouri Youri Evgueni Evgeni Ievgueni Viatcheslav Valentina Maria Natalia Olga Tatiana Elena Svetlana Anna Ekaterina
Piotr Pavel Oleg Igor Anatoli Valeri Viktor Victor Gennadi Leonid Nikita Konstantin Ramzan Volodymyr Petro Vitali Alexandre
Aleksandr Aleksandre Iossif Joseph Lev Fiodor Vassili Arkadi Ruslan Roustam Rustam Timur Maxim Maksim Denis Kirill Kyrill
`);
